"""Print the OpenAPI spec (YAML) as JSON, keys in their written order.

Used by ``make generate`` to ship the spec inside ``plural_client``, so the
installed package needs no YAML parser to read its own rules.
"""

import json
import sys

import yaml


def main(path: str) -> None:
    with open(path, encoding="utf-8") as spec:
        document = yaml.safe_load(spec)
    json.dump(document, sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1])

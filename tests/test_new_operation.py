"""A new endpoint in the spec plus the generator is all it takes: plural_ext is not touched.

The test adds Plural's payment-link lookup (``GET /pay/v1/paymentlink/{payment_link_id}``,
from the API notes) to a copy of ``openapi/plural.yaml``, generates a client from it with
the project's own ``scripts/generate.sh``, and runs a call through ``Plural`` in a
subprocess that imports that client: the call is typed, authenticated, carries the
headers, is validated against the new operation's rules before it is sent, and its error
responses are typed.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent

PAYMENT_LINK_PATH = {
    "get": {
        "operationId": "get_payment_link",
        "tags": ["payment_links"],
        "summary": "Get a payment link",
        "parameters": [
            {
                "name": "payment_link_id",
                "in": "path",
                "required": True,
                "description": "Plural's payment link id.",
                "schema": {"type": "string", "pattern": "^[A-Za-z0-9_-]{1,50}$"},
            }
        ],
        "responses": {
            "200": {
                "description": "The payment link.",
                "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/PaymentLink"}}
                },
            },
            "404": {"$ref": "#/components/responses/Error"},
        },
    }
}
PAYMENT_LINK_SCHEMA = {
    "type": "object",
    "description": "A link the customer pays through.",
    "properties": {
        "payment_link_id": {"type": "string", "description": "Plural's id."},
        "status": {
            "type": "string",
            "enum": ["CREATED", "PAID"],
            "description": "Where the link is.",
        },
        "amount": {"$ref": "#/components/schemas/Amount"},
    },
}

CALLS = textwrap.dedent(
    """
    import httpx
    from plural_client.api.payment_links import get_payment_link
    from plural_client.models import PaymentLink, PaymentLinkStatus
    from plural_ext import NotFoundError, Plural, RequestValidationError

    sent = []

    def handler(request):
        sent.append(request)
        if request.url.path.endswith("/api/auth/v1/token"):
            return httpx.Response(200, json={"access_token": "t0k", "expires_in": 600})
        if request.url.path.endswith("/pl-404"):
            return httpx.Response(404, json={"code": "NOT_FOUND", "message": "no such link"})
        return httpx.Response(
            200,
            json={"payment_link_id": "pl-1", "status": "PAID", "amount": {"value": 500, "currency": "INR"}},
        )

    with Plural("id", "secret", transport=httpx.MockTransport(handler), entry_points=False) as plural:
        link = get_payment_link.sync(client=plural.client, payment_link_id="pl-1")
        assert isinstance(link, PaymentLink), link
        assert link.status is PaymentLinkStatus.PAID and link.amount.value == 500
        call = sent[-1]
        assert call.headers["Authorization"] == "Bearer t0k"
        assert call.headers["Request-ID"] and call.headers["Request-Timestamp"].endswith("Z")

        try:
            get_payment_link.sync(client=plural.client, payment_link_id="pl 1")
        except RequestValidationError as error:
            assert error.field == "payment_link_id", error
            assert error.operation == "get_payment_link", error
        else:
            raise AssertionError("an id with a space was sent")

        try:
            get_payment_link.sync(client=plural.client, payment_link_id="pl-404")
        except NotFoundError as error:
            assert error.code == "NOT_FOUND", error
        else:
            raise AssertionError("a 404 did not raise NotFoundError")

    assert len(sent) == 3, [r.url.path for r in sent]  # token, link, 404: the invalid one never left
    print("new operation ok")
    """
)


def test_a_new_operation_works_after_generation_alone(tmp_path: Path) -> None:
    spec = yaml.safe_load((ROOT / "openapi" / "plural.yaml").read_text(encoding="utf-8"))
    spec["paths"]["/api/pay/v1/paymentlink/{payment_link_id}"] = PAYMENT_LINK_PATH
    spec["components"]["schemas"]["PaymentLink"] = PAYMENT_LINK_SCHEMA
    spec["tags"].append({"name": "payment_links", "description": "Payment links."})
    spec_path = tmp_path / "plural.yaml"
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    bin_dir = Path(sys.executable).parent
    env = {
        **os.environ,
        "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
        "SPEC": str(spec_path),
    }

    subprocess.run(
        [str(ROOT / "scripts" / "generate.sh"), str(tmp_path / "out")],
        check=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    # The freshly generated plural_client comes first on the path; plural_ext is the installed one.
    run = subprocess.run(
        [sys.executable, "-c", CALLS],
        env={**env, "PYTHONPATH": str(tmp_path / "out")},
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert run.returncode == 0, run.stderr
    assert "new operation ok" in run.stdout

"""A new endpoint in the spec plus the generator is all it takes: plural_ext is not touched.

The test adds an operation Plural does not have yet, a dispute lookup
(``GET /api/pay/v1/disputes/{dispute_id}``), to a copy of ``openapi/plural.yaml``, generates a client from it with
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

DISPUTE_PATH = {
    "get": {
        "operationId": "get_dispute",
        "tags": ["disputes"],
        "summary": "Get a dispute",
        "parameters": [
            {
                "name": "dispute_id",
                "in": "path",
                "required": True,
                "description": "Plural's dispute id.",
                "schema": {"type": "string", "pattern": "^[A-Za-z0-9_-]{1,50}$"},
            }
        ],
        "responses": {
            "200": {
                "description": "The dispute.",
                "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/Dispute"}}
                },
            },
            "404": {"$ref": "#/components/responses/Error"},
        },
    }
}
DISPUTE_SCHEMA = {
    "type": "object",
    "description": "A chargeback the customer raised.",
    "properties": {
        "dispute_id": {"type": "string", "description": "Plural's id."},
        "status": {
            "type": "string",
            "enum": ["OPEN", "WON"],
            "description": "Where the dispute is.",
        },
        "amount": {"$ref": "#/components/schemas/Amount"},
    },
}

CALLS = textwrap.dedent(
    """
    import httpx
    from plural_client.api.disputes import get_dispute
    from plural_client.models import Dispute, DisputeStatus
    from plural_ext import NotFoundError, Plural, RequestValidationError

    sent = []

    def handler(request):
        sent.append(request)
        if request.url.path.endswith("/api/auth/v1/token"):
            return httpx.Response(200, json={"access_token": "t0k", "expires_in": 600})
        if request.url.path.endswith("/dp-404"):
            return httpx.Response(404, json={"code": "NOT_FOUND", "message": "no such dispute"})
        return httpx.Response(
            200,
            json={"dispute_id": "dp-1", "status": "WON", "amount": {"value": 500, "currency": "INR"}},
        )

    with Plural("id", "secret", transport=httpx.MockTransport(handler), entry_points=False) as plural:
        dispute = get_dispute.sync(client=plural.client, dispute_id="dp-1")
        assert isinstance(dispute, Dispute), dispute
        assert dispute.status is DisputeStatus.WON and dispute.amount.value == 500
        # ...and it is a method of its family's resource on the client, answering the model.
        resource_answer = plural.disputes.get("dp-1")
        assert isinstance(resource_answer, Dispute) and resource_answer.status is DisputeStatus.WON
        call = sent[-1]
        assert call.headers["Authorization"] == "Bearer t0k"
        assert call.headers["Request-ID"] and call.headers["Request-Timestamp"].endswith("Z")

        try:
            get_dispute.sync(client=plural.client, dispute_id="dp 1")
        except RequestValidationError as error:
            assert error.field == "dispute_id", error
            assert error.operation == "get_dispute", error
        else:
            raise AssertionError("an id with a space was sent")

        try:
            get_dispute.sync(client=plural.client, dispute_id="dp-404")
        except NotFoundError as error:
            assert error.code == "NOT_FOUND", error
        else:
            raise AssertionError("a 404 did not raise NotFoundError")

    assert len(sent) == 4, [r.url.path for r in sent]  # token, dispute twice, 404: the invalid one never left
    print("new operation ok")
    """
)


def test_a_new_operation_works_after_generation_alone(tmp_path: Path) -> None:
    spec = yaml.safe_load((ROOT / "openapi" / "plural.yaml").read_text(encoding="utf-8"))
    spec["paths"]["/api/pay/v1/disputes/{dispute_id}"] = DISPUTE_PATH
    spec["components"]["schemas"]["Dispute"] = DISPUTE_SCHEMA
    spec["tags"].append({"name": "disputes", "description": "Chargebacks."})
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

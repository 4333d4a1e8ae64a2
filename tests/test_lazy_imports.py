"""The generated client imports a model or an operation's module the first time it is used.

Importing all 240 models and 74 operation modules cost more than the rest of ``import
plural_ext``. ``plural_client.models`` resolves each name on first access (PEP 562), and the
families of ``plural_client.api`` import their operations' modules and the models they build
at their first call: what a program imports, and the names it uses, are as before.

Each check runs in a fresh interpreter: this one has imported everything long ago.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

import plural_client.models
from plural_ext._spec import operations, operations_of, servers, spec

ROOT = Path(__file__).resolve().parents[1]


# What every check may call: the modules under a prefix that the interpreter has imported.
LOADED = """
import sys
def loaded(prefix):
    return sorted(name for name in sys.modules if name.startswith(prefix))
"""


def fresh(code: str) -> Any:
    """What ``code`` prints as JSON, run in a new interpreter on this checkout."""
    path = [str(ROOT), str(ROOT / "generated"), os.environ.get("PYTHONPATH", "")]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, path))}
    run = subprocess.run(
        [sys.executable, "-c", LOADED + textwrap.dedent(code)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)


def test_the_models_package_imports_a_model_when_it_is_asked_for() -> None:
    seen = fresh(
        """
        import json
        import plural_client.models
        before = loaded("plural_client.models.")
        from plural_client.models import Order, OrderStatus
        print(json.dumps({
            "before": before,
            "after": loaded("plural_client.models."),
            "order": Order.__module__,
            "status": OrderStatus.PROCESSED.value,
        }))
        """
    )

    assert seen["before"] == []
    # An order's own models (its payments, amounts, customer...), not the other 200.
    assert "plural_client.models.order" in seen["after"]
    assert "plural_client.models.payment" in seen["after"]
    assert "plural_client.models.create_plan_request" not in seen["after"]
    assert (seen["order"], seen["status"]) == ("plural_client.models.order", "PROCESSED")


def test_every_name_of_the_models_package_resolves_to_its_module() -> None:
    seen = fresh(
        """
        import importlib, json
        import plural_client.models as models
        wrong = [
            name for name in models.__all__
            if getattr(models, name) is not getattr(
                importlib.import_module(models._MODULES[name], models.__name__), name
            )
        ]
        star = {}
        exec("from plural_client.models import *", star)
        print(json.dumps({
            "wrong": wrong,
            "names": len(models.__all__),
            "star": len(set(star) & set(models.__all__)),
            "missing_from_dir": sorted(set(models.__all__) - set(dir(models))),
        }))
        """
    )

    assert seen["wrong"] == []
    assert seen["names"] == seen["star"] > 400  # models, their Params and the enums' Values
    assert seen["missing_from_dir"] == []  # before any is imported: IDEs complete them all


def test_a_name_the_models_package_does_not_have_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match=r"'plural_client\.models' has no attribute 'Ordr'"):
        plural_client.models.Ordr  # type: ignore[attr-defined]  # noqa: B018 - mypy knows too
    with pytest.raises(ImportError, match="Ordr"):
        exec("from plural_client.models import Ordr", {})  # noqa: S102 - the statement is tested


def test_an_operation_is_imported_at_its_first_call_and_then_called_directly() -> None:
    seen = fresh(
        """
        import json
        import httpx
        from plural_client import AuthenticatedClient
        from plural_client.api import Resources
        import plural_client.api.orders as family
        before = (loaded("plural_client.api.orders."), loaded("plural_client.models."))
        body = {"data": {"order_id": "v1-abc", "type": "CHARGE", "status": "CREATED",
                         "order_amount": {"value": 1100, "currency": "INR"}}}
        client = AuthenticatedClient(
            base_url="https://plural.test", token="t",
            httpx_args={"transport": httpx.MockTransport(lambda r: httpx.Response(200, json=body))},
        )
        resources = Resources(client)
        order = resources.orders.get("v1-abc")
        print(json.dumps({
            "before": before,
            "after": loaded("plural_client.api.orders."),
            "status": order.status.value,
            "bound": type(family._get_order).__name__,
            "others": type(family._create_order).__name__,
            "families": sorted(vars(resources)),
        }))
        """
    )

    assert seen["before"] == [[], []]
    assert seen["after"] == ["plural_client.api.orders.get_order"]
    assert seen["status"] == "CREATED"
    assert seen["bound"] == "module"  # the stand-in gave its place to the module
    assert seen["others"] == "Deferred"  # the operations not called yet are still not imported
    assert "orders" in seen["families"] and len(seen["families"]) == 22


def test_a_body_model_is_imported_at_its_first_call() -> None:
    seen = fresh(
        """
        import json
        import httpx
        from plural_client import AuthenticatedClient
        from plural_client.api import Resources
        body = {"data": {"order_id": "v1-abc", "type": "CHARGE", "status": "CREATED",
                         "order_amount": {"value": 1100, "currency": "INR"}}}
        sent = []
        def answer(request):
            sent.append(json.loads(request.content))
            return httpx.Response(200, json=body)
        client = AuthenticatedClient(
            base_url="https://plural.test", token="t",
            httpx_args={"transport": httpx.MockTransport(answer)},
        )
        before = "plural_client.models.create_order_request" in loaded("plural_client.models.")
        order = Resources(client).orders.create(
            merchant_order_reference="r-1", order_amount={"value": 1100, "currency": "INR"}
        )
        print(json.dumps({"before": before, "sent": sent, "order": order.order_id}))
        """
    )

    assert seen["before"] is False
    assert seen["sent"] == [
        {"merchant_order_reference": "r-1", "order_amount": {"value": 1100, "currency": "INR"}}
    ]
    assert seen["order"] == "v1-abc"


def test_modules_read_as_attributes_of_their_package_are_imported_then() -> None:
    seen = fresh(
        """
        import json
        import plural_client.api.orders as orders
        import plural_client.models as models
        print(json.dumps({
            "operation": orders.get_order.sync.__module__,
            "model": models.order.Order.__name__,
        }))
        """
    )

    assert seen == {"operation": "plural_client.api.orders.get_order", "model": "Order"}


def test_a_sync_app_loads_no_event_loop_no_network_stack_and_no_order_model() -> None:
    # What only some apps need is loaded when they first need it: asyncio by AsyncPlural's
    # calls, httpcore by the first real transport, the Order model by the first webhook.
    seen = fresh(
        """
        import json
        import sys
        import httpx
        import plural_ext
        from plural_ext import Plural
        plural = Plural("id", "secret", transport=httpx.MockTransport(lambda r: httpx.Response(200)))
        before = [name for name in ("asyncio", "httpcore", "plural_client.models.order")
                  if name in sys.modules]
        Plural("id", "secret").close()
        print(json.dumps({"before": before, "real": "httpcore" in sys.modules}))
        """
    )

    assert seen == {"before": [], "real": True}


def test_a_call_parses_no_spec_and_the_generated_table_is_the_specs() -> None:
    # The 400 KB spec is for the sandbox and error messages: a call finds its operation,
    # base URL and rules in what make generate wrote, which must say what the spec says.
    seen = fresh(
        """
        import json
        import httpx
        from plural_ext import Plural
        from plural_ext import _spec
        answer = {"data": {"order_id": "v1-1", "type": "CHARGE", "status": "CREATED",
                           "order_amount": {"value": 1, "currency": "INR"}}}
        def handle(request):
            if request.url.path.endswith("/token"):
                return httpx.Response(200, json={"access_token": "t", "expires_in": 60})
            return httpx.Response(200, json=answer)
        with Plural("id", "secret", environment="uat", transport=httpx.MockTransport(handle)) as p:
            status = p.orders.get("v1-1").status
        print(json.dumps({"status": status, "spec_read": _spec.spec.cache_info().currsize}))
        """
    )
    assert seen == {"status": "CREATED", "spec_read": 0}

    assert operations() == operations_of(spec())
    assert servers() == {
        server["description"].lower(): server["url"] for server in spec()["servers"]
    }

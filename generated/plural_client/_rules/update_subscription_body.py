# Written by `make generate` (scripts/compile_rules.py) from the spec: do not edit.
VERSION = "2.22.3"
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


REGEX_PATTERNS = {
    'date-time_re_pattern': re.compile('^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)(t|T)(?:[01]\\d|2[0-3]):[0-5]\\d:(?:[0-5]\\d|60)(?:\\.\\d+)?(?:[+-](?:[01]\\d|2[0-3]):[0-5]\\d|[+-](?:[01]\\d|2[0-3])[0-5]\\d|z|Z)\\Z'),
    '^[A-Za-z0-9._-]+$': re.compile('^[A-Za-z0-9._-]+\\Z')
}

NoneType = type(None)

def validate(data, custom_formats={}, name_prefix=None):
    validate___components_x_plural_request(data, custom_formats, (name_prefix or "data") + "")
    return data

def validate___components_x_plural_request(data, custom_formats={}, name_prefix=None):
    validate___components_schemas_updatesubscriptionrequest(data, custom_formats, (name_prefix or "data") + "")
    return data

def validate___components_schemas_updatesubscriptionrequest(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'A change of plan and/or end date of a subscription, with its reason.', 'required': ['reason'], 'additionalProperties': False, 'properties': {'new_plan_id': {'type': 'string', 'description': 'An id Plural gave a plan, subscription or presentation; 1 to 50 letters, digits, `.`, `_` or `-`.', 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9._-]+$'}, 'new_end_date': {'type': 'string', 'format': 'date-time', 'description': 'The new end date (ISO-8601 UTC).', 'example': '2026-12-31T23:59:59.000Z'}, 'reason': {'type': 'string', 'minLength': 1, 'maxLength': 500, 'description': 'Why the subscription is changed.', 'example': 'Customer upgraded to the yearly plan'}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['reason']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'A change of plan and/or end date of a subscription, with its reason.', 'required': ['reason'], 'additionalProperties': False, 'properties': {'new_plan_id': {'type': 'string', 'description': 'An id Plural gave a plan, subscription or presentation; 1 to 50 letters, digits, `.`, `_` or `-`.', 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9._-]+$'}, 'new_end_date': {'type': 'string', 'format': 'date-time', 'description': 'The new end date (ISO-8601 UTC).', 'example': '2026-12-31T23:59:59.000Z'}, 'reason': {'type': 'string', 'minLength': 1, 'maxLength': 500, 'description': 'Why the subscription is changed.', 'example': 'Customer upgraded to the yearly plan'}}}, rule='required')
        data_keys = set(data.keys())
        if "new_plan_id" in data_keys:
            data_keys.remove("new_plan_id")
            data__newplanid = data["new_plan_id"]
            validate___components_schemas_subscriptionentityid(data__newplanid, custom_formats, (name_prefix or "data") + ".new_plan_id")
        if "new_end_date" in data_keys:
            data_keys.remove("new_end_date")
            data__newenddate = data["new_end_date"]
            if not isinstance(data__newenddate, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".new_end_date must be string", value=data__newenddate, name="" + (name_prefix or "data") + ".new_end_date", definition={'type': 'string', 'format': 'date-time', 'description': 'The new end date (ISO-8601 UTC).', 'example': '2026-12-31T23:59:59.000Z'}, rule='type')
            if isinstance(data__newenddate, str):
                if not REGEX_PATTERNS["date-time_re_pattern"].match(data__newenddate):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".new_end_date must be date-time", value=data__newenddate, name="" + (name_prefix or "data") + ".new_end_date", definition={'type': 'string', 'format': 'date-time', 'description': 'The new end date (ISO-8601 UTC).', 'example': '2026-12-31T23:59:59.000Z'}, rule='format')
        if "reason" in data_keys:
            data_keys.remove("reason")
            data__reason = data["reason"]
            if not isinstance(data__reason, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".reason must be string", value=data__reason, name="" + (name_prefix or "data") + ".reason", definition={'type': 'string', 'minLength': 1, 'maxLength': 500, 'description': 'Why the subscription is changed.', 'example': 'Customer upgraded to the yearly plan'}, rule='type')
            if isinstance(data__reason, str):
                data__reason_len = len(data__reason)
                if data__reason_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".reason must be longer than or equal to 1 characters", value=data__reason, name="" + (name_prefix or "data") + ".reason", definition={'type': 'string', 'minLength': 1, 'maxLength': 500, 'description': 'Why the subscription is changed.', 'example': 'Customer upgraded to the yearly plan'}, rule='minLength')
                if data__reason_len > 500:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".reason must be shorter than or equal to 500 characters", value=data__reason, name="" + (name_prefix or "data") + ".reason", definition={'type': 'string', 'minLength': 1, 'maxLength': 500, 'description': 'Why the subscription is changed.', 'example': 'Customer upgraded to the yearly plan'}, rule='maxLength')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'A change of plan and/or end date of a subscription, with its reason.', 'required': ['reason'], 'additionalProperties': False, 'properties': {'new_plan_id': {'type': 'string', 'description': 'An id Plural gave a plan, subscription or presentation; 1 to 50 letters, digits, `.`, `_` or `-`.', 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9._-]+$'}, 'new_end_date': {'type': 'string', 'format': 'date-time', 'description': 'The new end date (ISO-8601 UTC).', 'example': '2026-12-31T23:59:59.000Z'}, 'reason': {'type': 'string', 'minLength': 1, 'maxLength': 500, 'description': 'Why the subscription is changed.', 'example': 'Customer upgraded to the yearly plan'}}}, rule='additionalProperties')
    return data

def validate___components_schemas_subscriptionentityid(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'description': 'An id Plural gave a plan, subscription or presentation; 1 to 50 letters, digits, `.`, `_` or `-`.', 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9._-]+$'}, rule='type')
    if isinstance(data, str):
        data_len = len(data)
        if data_len < 1:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must be longer than or equal to 1 characters", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'description': 'An id Plural gave a plan, subscription or presentation; 1 to 50 letters, digits, `.`, `_` or `-`.', 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9._-]+$'}, rule='minLength')
        if data_len > 50:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must be shorter than or equal to 50 characters", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'description': 'An id Plural gave a plan, subscription or presentation; 1 to 50 letters, digits, `.`, `_` or `-`.', 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9._-]+$'}, rule='maxLength')
        if not REGEX_PATTERNS['^[A-Za-z0-9._-]+$'].search(data):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must match pattern ^[A-Za-z0-9._-]+$", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'description': 'An id Plural gave a plan, subscription or presentation; 1 to 50 letters, digits, `.`, `_` or `-`.', 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9._-]+$'}, rule='pattern')
    return data
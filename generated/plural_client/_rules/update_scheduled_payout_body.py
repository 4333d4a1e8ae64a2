# Written by `make generate` (scripts/compile_rules.py) from the spec: do not edit.
VERSION = "2.22.3"
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


REGEX_PATTERNS = {
    'date-time_re_pattern': re.compile('^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)(t|T)(?:[01]\\d|2[0-3]):[0-5]\\d:(?:[0-5]\\d|60)(?:\\.\\d+)?(?:[+-](?:[01]\\d|2[0-3]):[0-5]\\d|[+-](?:[01]\\d|2[0-3])[0-5]\\d|z|Z)\\Z')
}

NoneType = type(None)

def validate(data, custom_formats={}, name_prefix=None):
    validate___components_x_plural_request(data, custom_formats, (name_prefix or "data") + "")
    return data

def validate___components_x_plural_request(data, custom_formats={}, name_prefix=None):
    validate___components_schemas_updatescheduledpayoutrequest(data, custom_formats, (name_prefix or "data") + "")
    return data

def validate___components_schemas_updatescheduledpayoutrequest(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'A new schedule for a SCHEDULED payout.', 'additionalProperties': False, 'properties': {'scheduleAt': {'type': 'string', 'format': 'date-time', 'description': 'When the payout is to be executed, ISO 8601 UTC.', 'example': '2025-07-05T16:05:00.000Z'}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "scheduleAt" in data_keys:
            data_keys.remove("scheduleAt")
            data__scheduleAt = data["scheduleAt"]
            if not isinstance(data__scheduleAt, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".scheduleAt must be string", value=data__scheduleAt, name="" + (name_prefix or "data") + ".scheduleAt", definition={'type': 'string', 'format': 'date-time', 'description': 'When the payout is to be executed, ISO 8601 UTC.', 'example': '2025-07-05T16:05:00.000Z'}, rule='type')
            if isinstance(data__scheduleAt, str):
                if not REGEX_PATTERNS["date-time_re_pattern"].match(data__scheduleAt):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".scheduleAt must be date-time", value=data__scheduleAt, name="" + (name_prefix or "data") + ".scheduleAt", definition={'type': 'string', 'format': 'date-time', 'description': 'When the payout is to be executed, ISO 8601 UTC.', 'example': '2025-07-05T16:05:00.000Z'}, rule='format')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'A new schedule for a SCHEDULED payout.', 'additionalProperties': False, 'properties': {'scheduleAt': {'type': 'string', 'format': 'date-time', 'description': 'When the payout is to be executed, ISO 8601 UTC.', 'example': '2025-07-05T16:05:00.000Z'}}}, rule='additionalProperties')
    return data
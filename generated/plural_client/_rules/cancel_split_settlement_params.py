# Written by `make generate` (scripts/compile_rules.py) from the spec: do not edit.
VERSION = "2.22.3"
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


REGEX_PATTERNS = {
    '^[A-Za-z0-9_-]+$': re.compile('^[A-Za-z0-9_-]+\\Z')
}

NoneType = type(None)

def validate(data, custom_formats={}, name_prefix=None):
    validate___components_x_plural_request(data, custom_formats, (name_prefix or "data") + "")
    return data

def validate___components_x_plural_request(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'order_id': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9_-]+$'}, 'settlement_id': {'type': 'string', 'minLength': 1, 'maxLength': 100, 'pattern': '^[A-Za-z0-9_-]+$'}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "order_id" in data_keys:
            data_keys.remove("order_id")
            data__orderid = data["order_id"]
            if not isinstance(data__orderid, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".order_id must be string", value=data__orderid, name="" + (name_prefix or "data") + ".order_id", definition={'type': 'string', 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9_-]+$'}, rule='type')
            if isinstance(data__orderid, str):
                data__orderid_len = len(data__orderid)
                if data__orderid_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".order_id must be longer than or equal to 1 characters", value=data__orderid, name="" + (name_prefix or "data") + ".order_id", definition={'type': 'string', 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9_-]+$'}, rule='minLength')
                if data__orderid_len > 50:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".order_id must be shorter than or equal to 50 characters", value=data__orderid, name="" + (name_prefix or "data") + ".order_id", definition={'type': 'string', 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9_-]+$'}, rule='maxLength')
                if not REGEX_PATTERNS['^[A-Za-z0-9_-]+$'].search(data__orderid):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".order_id must match pattern ^[A-Za-z0-9_-]+$", value=data__orderid, name="" + (name_prefix or "data") + ".order_id", definition={'type': 'string', 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9_-]+$'}, rule='pattern')
        if "settlement_id" in data_keys:
            data_keys.remove("settlement_id")
            data__settlementid = data["settlement_id"]
            if not isinstance(data__settlementid, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".settlement_id must be string", value=data__settlementid, name="" + (name_prefix or "data") + ".settlement_id", definition={'type': 'string', 'minLength': 1, 'maxLength': 100, 'pattern': '^[A-Za-z0-9_-]+$'}, rule='type')
            if isinstance(data__settlementid, str):
                data__settlementid_len = len(data__settlementid)
                if data__settlementid_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".settlement_id must be longer than or equal to 1 characters", value=data__settlementid, name="" + (name_prefix or "data") + ".settlement_id", definition={'type': 'string', 'minLength': 1, 'maxLength': 100, 'pattern': '^[A-Za-z0-9_-]+$'}, rule='minLength')
                if data__settlementid_len > 100:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".settlement_id must be shorter than or equal to 100 characters", value=data__settlementid, name="" + (name_prefix or "data") + ".settlement_id", definition={'type': 'string', 'minLength': 1, 'maxLength': 100, 'pattern': '^[A-Za-z0-9_-]+$'}, rule='maxLength')
                if not REGEX_PATTERNS['^[A-Za-z0-9_-]+$'].search(data__settlementid):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".settlement_id must match pattern ^[A-Za-z0-9_-]+$", value=data__settlementid, name="" + (name_prefix or "data") + ".settlement_id", definition={'type': 'string', 'minLength': 1, 'maxLength': 100, 'pattern': '^[A-Za-z0-9_-]+$'}, rule='pattern')
    return data
# Written by `make generate` (scripts/compile_rules.py) from the spec: do not edit.
VERSION = "2.22.3"
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


REGEX_PATTERNS = {
    '^[A-Za-z0-9]+$': re.compile('^[A-Za-z0-9]+\\Z')
}

NoneType = type(None)

def validate(data, custom_formats={}, name_prefix=None):
    validate___components_x_plural_request(data, custom_formats, (name_prefix or "data") + "")
    return data

def validate___components_x_plural_request(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'utr': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9]+$'}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "utr" in data_keys:
            data_keys.remove("utr")
            data__utr = data["utr"]
            if not isinstance(data__utr, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".utr must be string", value=data__utr, name="" + (name_prefix or "data") + ".utr", definition={'type': 'string', 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9]+$'}, rule='type')
            if isinstance(data__utr, str):
                data__utr_len = len(data__utr)
                if data__utr_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".utr must be longer than or equal to 1 characters", value=data__utr, name="" + (name_prefix or "data") + ".utr", definition={'type': 'string', 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9]+$'}, rule='minLength')
                if data__utr_len > 50:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".utr must be shorter than or equal to 50 characters", value=data__utr, name="" + (name_prefix or "data") + ".utr", definition={'type': 'string', 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9]+$'}, rule='maxLength')
                if not REGEX_PATTERNS['^[A-Za-z0-9]+$'].search(data__utr):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".utr must match pattern ^[A-Za-z0-9]+$", value=data__utr, name="" + (name_prefix or "data") + ".utr", definition={'type': 'string', 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9]+$'}, rule='pattern')
    return data
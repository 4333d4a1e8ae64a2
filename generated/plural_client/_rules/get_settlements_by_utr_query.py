# Written by `make generate` (scripts/compile_rules.py) from the spec: do not edit.
VERSION = "2.22.3"
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


REGEX_PATTERNS = {
    '^[1-9][0-9]*$': re.compile('^[1-9][0-9]*\\Z'),
    '^([1-9]|10)$': re.compile('^([1-9]|10)\\Z')
}

NoneType = type(None)

def validate(data, custom_formats={}, name_prefix=None):
    validate___components_x_plural_request(data, custom_formats, (name_prefix or "data") + "")
    return data

def validate___components_x_plural_request(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'page': {'type': 'string', 'pattern': '^[1-9][0-9]*$'}, 'per_page': {'type': 'string', 'pattern': '^([1-9]|10)$'}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "page" in data_keys:
            data_keys.remove("page")
            data__page = data["page"]
            if not isinstance(data__page, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".page must be string", value=data__page, name="" + (name_prefix or "data") + ".page", definition={'type': 'string', 'pattern': '^[1-9][0-9]*$'}, rule='type')
            if isinstance(data__page, str):
                if not REGEX_PATTERNS['^[1-9][0-9]*$'].search(data__page):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".page must match pattern ^[1-9][0-9]*$", value=data__page, name="" + (name_prefix or "data") + ".page", definition={'type': 'string', 'pattern': '^[1-9][0-9]*$'}, rule='pattern')
        if "per_page" in data_keys:
            data_keys.remove("per_page")
            data__perpage = data["per_page"]
            if not isinstance(data__perpage, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".per_page must be string", value=data__perpage, name="" + (name_prefix or "data") + ".per_page", definition={'type': 'string', 'pattern': '^([1-9]|10)$'}, rule='type')
            if isinstance(data__perpage, str):
                if not REGEX_PATTERNS['^([1-9]|10)$'].search(data__perpage):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".per_page must match pattern ^([1-9]|10)$", value=data__perpage, name="" + (name_prefix or "data") + ".per_page", definition={'type': 'string', 'pattern': '^([1-9]|10)$'}, rule='pattern')
    return data
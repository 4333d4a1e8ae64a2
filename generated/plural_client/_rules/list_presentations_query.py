# Written by `make generate` (scripts/compile_rules.py) from the spec: do not edit.
VERSION = "2.22.3"
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


REGEX_PATTERNS = {
    '^[0-9]{1,4}$': re.compile('^[0-9]{1,4}\\Z'),
    '^[0-9]{1,6}$': re.compile('^[0-9]{1,6}\\Z')
}

NoneType = type(None)

def validate(data, custom_formats={}, name_prefix=None):
    validate___components_x_plural_request(data, custom_formats, (name_prefix or "data") + "")
    return data

def validate___components_x_plural_request(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'size': {'type': 'string', 'pattern': '^[0-9]{1,4}$'}, 'page': {'type': 'string', 'pattern': '^[0-9]{1,6}$'}, 'sort': {'type': 'string', 'maxLength': 100}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "size" in data_keys:
            data_keys.remove("size")
            data__size = data["size"]
            if not isinstance(data__size, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".size must be string", value=data__size, name="" + (name_prefix or "data") + ".size", definition={'type': 'string', 'pattern': '^[0-9]{1,4}$'}, rule='type')
            if isinstance(data__size, str):
                if not REGEX_PATTERNS['^[0-9]{1,4}$'].search(data__size):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".size must match pattern ^[0-9]{1,4}$", value=data__size, name="" + (name_prefix or "data") + ".size", definition={'type': 'string', 'pattern': '^[0-9]{1,4}$'}, rule='pattern')
        if "page" in data_keys:
            data_keys.remove("page")
            data__page = data["page"]
            if not isinstance(data__page, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".page must be string", value=data__page, name="" + (name_prefix or "data") + ".page", definition={'type': 'string', 'pattern': '^[0-9]{1,6}$'}, rule='type')
            if isinstance(data__page, str):
                if not REGEX_PATTERNS['^[0-9]{1,6}$'].search(data__page):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".page must match pattern ^[0-9]{1,6}$", value=data__page, name="" + (name_prefix or "data") + ".page", definition={'type': 'string', 'pattern': '^[0-9]{1,6}$'}, rule='pattern')
        if "sort" in data_keys:
            data_keys.remove("sort")
            data__sort = data["sort"]
            if not isinstance(data__sort, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".sort must be string", value=data__sort, name="" + (name_prefix or "data") + ".sort", definition={'type': 'string', 'maxLength': 100}, rule='type')
            if isinstance(data__sort, str):
                data__sort_len = len(data__sort)
                if data__sort_len > 100:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".sort must be shorter than or equal to 100 characters", value=data__sort, name="" + (name_prefix or "data") + ".sort", definition={'type': 'string', 'maxLength': 100}, rule='maxLength')
    return data
# Written by `make generate` (scripts/compile_rules.py) from the spec: do not edit.
VERSION = "2.22.3"
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


REGEX_PATTERNS = {
    '^[0-9]{4}-[0-9]{2}-[0-9]{2}$': re.compile('^[0-9]{4}-[0-9]{2}-[0-9]{2}\\Z'),
    '^[1-9][0-9]*$': re.compile('^[1-9][0-9]*\\Z'),
    '^([1-9]|10)$': re.compile('^([1-9]|10)\\Z')
}

NoneType = type(None)

def validate(data, custom_formats={}, name_prefix=None):
    validate___components_x_plural_request(data, custom_formats, (name_prefix or "data") + "")
    return data

def validate___components_x_plural_request(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'start_date': {'type': 'string', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'end_date': {'type': 'string', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'page': {'type': 'string', 'pattern': '^[1-9][0-9]*$'}, 'per_page': {'type': 'string', 'pattern': '^([1-9]|10)$'}}, 'required': ['start_date', 'end_date']}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['start_date', 'end_date']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'start_date': {'type': 'string', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'end_date': {'type': 'string', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'page': {'type': 'string', 'pattern': '^[1-9][0-9]*$'}, 'per_page': {'type': 'string', 'pattern': '^([1-9]|10)$'}}, 'required': ['start_date', 'end_date']}, rule='required')
        data_keys = set(data.keys())
        if "start_date" in data_keys:
            data_keys.remove("start_date")
            data__startdate = data["start_date"]
            if not isinstance(data__startdate, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".start_date must be string", value=data__startdate, name="" + (name_prefix or "data") + ".start_date", definition={'type': 'string', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, rule='type')
            if isinstance(data__startdate, str):
                if not REGEX_PATTERNS['^[0-9]{4}-[0-9]{2}-[0-9]{2}$'].search(data__startdate):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".start_date must match pattern ^[0-9]{4}-[0-9]{2}-[0-9]{2}$", value=data__startdate, name="" + (name_prefix or "data") + ".start_date", definition={'type': 'string', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, rule='pattern')
        if "end_date" in data_keys:
            data_keys.remove("end_date")
            data__enddate = data["end_date"]
            if not isinstance(data__enddate, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".end_date must be string", value=data__enddate, name="" + (name_prefix or "data") + ".end_date", definition={'type': 'string', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, rule='type')
            if isinstance(data__enddate, str):
                if not REGEX_PATTERNS['^[0-9]{4}-[0-9]{2}-[0-9]{2}$'].search(data__enddate):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".end_date must match pattern ^[0-9]{4}-[0-9]{2}-[0-9]{2}$", value=data__enddate, name="" + (name_prefix or "data") + ".end_date", definition={'type': 'string', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, rule='pattern')
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
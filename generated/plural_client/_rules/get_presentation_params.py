# Written by `make generate` (scripts/compile_rules.py) from the spec: do not edit.
VERSION = "2.22.3"
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


REGEX_PATTERNS = {
    '^[A-Za-z0-9._-]+$': re.compile('^[A-Za-z0-9._-]+\\Z')
}

NoneType = type(None)

def validate(data, custom_formats={}, name_prefix=None):
    validate___components_x_plural_request(data, custom_formats, (name_prefix or "data") + "")
    return data

def validate___components_x_plural_request(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'presentation_id': {'type': 'string', 'description': 'An id Plural gave a plan, subscription or presentation; 1 to 50 letters, digits, `.`, `_` or `-`.', 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9._-]+$'}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "presentation_id" in data_keys:
            data_keys.remove("presentation_id")
            data__presentationid = data["presentation_id"]
            validate___components_schemas_subscriptionentityid(data__presentationid, custom_formats, (name_prefix or "data") + ".presentation_id")
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
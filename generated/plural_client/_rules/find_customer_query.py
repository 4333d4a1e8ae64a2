# Written by `make generate` (scripts/compile_rules.py) from the spec: do not edit.
VERSION = "2.22.3"
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


REGEX_PATTERNS = {
    '^\\+?[0-9]{1,4}$': re.compile('^\\+?[0-9]{1,4}\\Z'),
    '^[0-9]{9,20}$': re.compile('^[0-9]{9,20}\\Z'),
    '^[A-Za-z0-9_-]+$': re.compile('^[A-Za-z0-9_-]+\\Z')
}

NoneType = type(None)

def validate(data, custom_formats={}, name_prefix=None):
    validate___components_x_plural_request(data, custom_formats, (name_prefix or "data") + "")
    return data

def validate___components_x_plural_request(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'country_code': {'type': 'string', 'pattern': '^\\+?[0-9]{1,4}$'}, 'mobile_number': {'type': 'string', 'pattern': '^[0-9]{9,20}$'}, 'merchant_customer_reference': {'type': 'string', 'description': "A merchant's own reference, 1 to 50 of letters, digits, `_` and `-`. Plural's idempotency key for the resource it names.", 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9_-]+$', 'example': 'f4548bbf-a029-43d3-9209-e3385c80b1e9'}}, 'required': ['country_code', 'mobile_number', 'merchant_customer_reference']}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['country_code', 'mobile_number', 'merchant_customer_reference']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'country_code': {'type': 'string', 'pattern': '^\\+?[0-9]{1,4}$'}, 'mobile_number': {'type': 'string', 'pattern': '^[0-9]{9,20}$'}, 'merchant_customer_reference': {'type': 'string', 'description': "A merchant's own reference, 1 to 50 of letters, digits, `_` and `-`. Plural's idempotency key for the resource it names.", 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9_-]+$', 'example': 'f4548bbf-a029-43d3-9209-e3385c80b1e9'}}, 'required': ['country_code', 'mobile_number', 'merchant_customer_reference']}, rule='required')
        data_keys = set(data.keys())
        if "country_code" in data_keys:
            data_keys.remove("country_code")
            data__countrycode = data["country_code"]
            if not isinstance(data__countrycode, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".country_code must be string", value=data__countrycode, name="" + (name_prefix or "data") + ".country_code", definition={'type': 'string', 'pattern': '^\\+?[0-9]{1,4}$'}, rule='type')
            if isinstance(data__countrycode, str):
                if not REGEX_PATTERNS['^\\+?[0-9]{1,4}$'].search(data__countrycode):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".country_code must match pattern ^\\+?[0-9]{1,4}$", value=data__countrycode, name="" + (name_prefix or "data") + ".country_code", definition={'type': 'string', 'pattern': '^\\+?[0-9]{1,4}$'}, rule='pattern')
        if "mobile_number" in data_keys:
            data_keys.remove("mobile_number")
            data__mobilenumber = data["mobile_number"]
            if not isinstance(data__mobilenumber, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mobile_number must be string", value=data__mobilenumber, name="" + (name_prefix or "data") + ".mobile_number", definition={'type': 'string', 'pattern': '^[0-9]{9,20}$'}, rule='type')
            if isinstance(data__mobilenumber, str):
                if not REGEX_PATTERNS['^[0-9]{9,20}$'].search(data__mobilenumber):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".mobile_number must match pattern ^[0-9]{9,20}$", value=data__mobilenumber, name="" + (name_prefix or "data") + ".mobile_number", definition={'type': 'string', 'pattern': '^[0-9]{9,20}$'}, rule='pattern')
        if "merchant_customer_reference" in data_keys:
            data_keys.remove("merchant_customer_reference")
            data__merchantcustomerreference = data["merchant_customer_reference"]
            validate___components_schemas_merchantreference(data__merchantcustomerreference, custom_formats, (name_prefix or "data") + ".merchant_customer_reference")
    return data

def validate___components_schemas_merchantreference(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'description': "A merchant's own reference, 1 to 50 of letters, digits, `_` and `-`. Plural's idempotency key for the resource it names.", 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9_-]+$', 'example': 'f4548bbf-a029-43d3-9209-e3385c80b1e9'}, rule='type')
    if isinstance(data, str):
        data_len = len(data)
        if data_len < 1:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must be longer than or equal to 1 characters", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'description': "A merchant's own reference, 1 to 50 of letters, digits, `_` and `-`. Plural's idempotency key for the resource it names.", 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9_-]+$', 'example': 'f4548bbf-a029-43d3-9209-e3385c80b1e9'}, rule='minLength')
        if data_len > 50:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must be shorter than or equal to 50 characters", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'description': "A merchant's own reference, 1 to 50 of letters, digits, `_` and `-`. Plural's idempotency key for the resource it names.", 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9_-]+$', 'example': 'f4548bbf-a029-43d3-9209-e3385c80b1e9'}, rule='maxLength')
        if not REGEX_PATTERNS['^[A-Za-z0-9_-]+$'].search(data):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must match pattern ^[A-Za-z0-9_-]+$", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'description': "A merchant's own reference, 1 to 50 of letters, digits, `_` and `-`. Plural's idempotency key for the resource it names.", 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9_-]+$', 'example': 'f4548bbf-a029-43d3-9209-e3385c80b1e9'}, rule='pattern')
    return data
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
    validate___components_schemas_deletecustomertokenrequest(data, custom_formats, (name_prefix or "data") + "")
    return data

def validate___components_schemas_deletecustomertokenrequest(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': "The deletion of a customer's token.", 'required': ['merchant_unique_reference'], 'additionalProperties': False, 'properties': {'merchant_unique_reference': {'type': 'string', 'description': "A merchant's own reference, 1 to 50 of letters, digits, `_` and `-`. Plural's idempotency key for the resource it names.", 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9_-]+$', 'example': 'f4548bbf-a029-43d3-9209-e3385c80b1e9'}, 'merchant_metadata': {'type': 'object', 'description': "Up to 10 key-value pairs of the merchant's own, each value at most 256 characters.", 'maxProperties': 10, 'additionalProperties': {'type': 'string', 'maxLength': 256}, 'example': {'key1': 'DD', 'key2': 'XOF'}}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['merchant_unique_reference']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': "The deletion of a customer's token.", 'required': ['merchant_unique_reference'], 'additionalProperties': False, 'properties': {'merchant_unique_reference': {'type': 'string', 'description': "A merchant's own reference, 1 to 50 of letters, digits, `_` and `-`. Plural's idempotency key for the resource it names.", 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9_-]+$', 'example': 'f4548bbf-a029-43d3-9209-e3385c80b1e9'}, 'merchant_metadata': {'type': 'object', 'description': "Up to 10 key-value pairs of the merchant's own, each value at most 256 characters.", 'maxProperties': 10, 'additionalProperties': {'type': 'string', 'maxLength': 256}, 'example': {'key1': 'DD', 'key2': 'XOF'}}}}, rule='required')
        data_keys = set(data.keys())
        if "merchant_unique_reference" in data_keys:
            data_keys.remove("merchant_unique_reference")
            data__merchantuniquereference = data["merchant_unique_reference"]
            validate___components_schemas_merchantreference(data__merchantuniquereference, custom_formats, (name_prefix or "data") + ".merchant_unique_reference")
        if "merchant_metadata" in data_keys:
            data_keys.remove("merchant_metadata")
            data__merchantmetadata = data["merchant_metadata"]
            validate___components_schemas_merchantmetadata(data__merchantmetadata, custom_formats, (name_prefix or "data") + ".merchant_metadata")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': "The deletion of a customer's token.", 'required': ['merchant_unique_reference'], 'additionalProperties': False, 'properties': {'merchant_unique_reference': {'type': 'string', 'description': "A merchant's own reference, 1 to 50 of letters, digits, `_` and `-`. Plural's idempotency key for the resource it names.", 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9_-]+$', 'example': 'f4548bbf-a029-43d3-9209-e3385c80b1e9'}, 'merchant_metadata': {'type': 'object', 'description': "Up to 10 key-value pairs of the merchant's own, each value at most 256 characters.", 'maxProperties': 10, 'additionalProperties': {'type': 'string', 'maxLength': 256}, 'example': {'key1': 'DD', 'key2': 'XOF'}}}}, rule='additionalProperties')
    return data

def validate___components_schemas_merchantmetadata(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': "Up to 10 key-value pairs of the merchant's own, each value at most 256 characters.", 'maxProperties': 10, 'additionalProperties': {'type': 'string', 'maxLength': 256}, 'example': {'key1': 'DD', 'key2': 'XOF'}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_len = len(data)
        if data_len > 10:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain less than or equal to 10 properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': "Up to 10 key-value pairs of the merchant's own, each value at most 256 characters.", 'maxProperties': 10, 'additionalProperties': {'type': 'string', 'maxLength': 256}, 'example': {'key1': 'DD', 'key2': 'XOF'}}, rule='maxProperties')
        data_keys = set(data.keys())
        for data_key in data_keys:
            if data_key not in []:
                data_value = data.get(data_key)
                if not isinstance(data_value, (str)):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".{data_key}".format(**locals()) + " must be string", value=data_value, name="" + (name_prefix or "data") + ".{data_key}".format(**locals()) + "", definition={'type': 'string', 'maxLength': 256}, rule='type')
                if isinstance(data_value, str):
                    data_value_len = len(data_value)
                    if data_value_len > 256:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".{data_key}".format(**locals()) + " must be shorter than or equal to 256 characters", value=data_value, name="" + (name_prefix or "data") + ".{data_key}".format(**locals()) + "", definition={'type': 'string', 'maxLength': 256}, rule='maxLength')
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
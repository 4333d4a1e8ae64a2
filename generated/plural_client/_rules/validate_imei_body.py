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
    validate___components_schemas_imeivalidationrequest(data, custom_formats, (name_prefix or "data") + "")
    return data

def validate___components_schemas_imeivalidationrequest(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'IMEIs to block or unblock.', 'required': ['merchant_product_imei_reference', 'request_type', 'products'], 'additionalProperties': False, 'properties': {'merchant_product_imei_reference': {'type': 'string', 'description': "A merchant's own reference, 1 to 50 of letters, digits, `_` and `-`. Plural's idempotency key for the resource it names.", 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9_-]+$', 'example': 'f4548bbf-a029-43d3-9209-e3385c80b1e9'}, 'request_type': {'type': 'string', 'description': 'BLOCKING to block the IMEIs (sale), UNBLOCKED to release them (return).', 'enum': ['BLOCKING', 'UNBLOCKED']}, 'products': {'type': 'array', 'description': 'The devices.', 'minItems': 1, 'items': {'type': 'object', 'description': 'A device whose IMEI to block or unblock; brands differ in the fields they need.', 'additionalProperties': False, 'properties': {'product_code': {'type': 'string', 'minLength': 1, 'maxLength': 100, 'description': "The merchant's product code (SKU).", 'example': 'redmi_1'}, 'dealer_code': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "The dealer's code with the brand.", 'example': 'DLR100'}, 'state_code': {'type': 'string', 'minLength': 1, 'maxLength': 10, 'description': "The state's code.", 'example': '27'}, 'product_imei': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "The device's IMEI or serial number.", 'example': '356938035643809'}}}}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['merchant_product_imei_reference', 'request_type', 'products']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'IMEIs to block or unblock.', 'required': ['merchant_product_imei_reference', 'request_type', 'products'], 'additionalProperties': False, 'properties': {'merchant_product_imei_reference': {'type': 'string', 'description': "A merchant's own reference, 1 to 50 of letters, digits, `_` and `-`. Plural's idempotency key for the resource it names.", 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9_-]+$', 'example': 'f4548bbf-a029-43d3-9209-e3385c80b1e9'}, 'request_type': {'type': 'string', 'description': 'BLOCKING to block the IMEIs (sale), UNBLOCKED to release them (return).', 'enum': ['BLOCKING', 'UNBLOCKED']}, 'products': {'type': 'array', 'description': 'The devices.', 'minItems': 1, 'items': {'type': 'object', 'description': 'A device whose IMEI to block or unblock; brands differ in the fields they need.', 'additionalProperties': False, 'properties': {'product_code': {'type': 'string', 'minLength': 1, 'maxLength': 100, 'description': "The merchant's product code (SKU).", 'example': 'redmi_1'}, 'dealer_code': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "The dealer's code with the brand.", 'example': 'DLR100'}, 'state_code': {'type': 'string', 'minLength': 1, 'maxLength': 10, 'description': "The state's code.", 'example': '27'}, 'product_imei': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "The device's IMEI or serial number.", 'example': '356938035643809'}}}}}}, rule='required')
        data_keys = set(data.keys())
        if "merchant_product_imei_reference" in data_keys:
            data_keys.remove("merchant_product_imei_reference")
            data__merchantproductimeireference = data["merchant_product_imei_reference"]
            validate___components_schemas_merchantreference(data__merchantproductimeireference, custom_formats, (name_prefix or "data") + ".merchant_product_imei_reference")
        if "request_type" in data_keys:
            data_keys.remove("request_type")
            data__requesttype = data["request_type"]
            validate___components_schemas_imeirequesttype(data__requesttype, custom_formats, (name_prefix or "data") + ".request_type")
        if "products" in data_keys:
            data_keys.remove("products")
            data__products = data["products"]
            if not isinstance(data__products, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".products must be array", value=data__products, name="" + (name_prefix or "data") + ".products", definition={'type': 'array', 'description': 'The devices.', 'minItems': 1, 'items': {'type': 'object', 'description': 'A device whose IMEI to block or unblock; brands differ in the fields they need.', 'additionalProperties': False, 'properties': {'product_code': {'type': 'string', 'minLength': 1, 'maxLength': 100, 'description': "The merchant's product code (SKU).", 'example': 'redmi_1'}, 'dealer_code': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "The dealer's code with the brand.", 'example': 'DLR100'}, 'state_code': {'type': 'string', 'minLength': 1, 'maxLength': 10, 'description': "The state's code.", 'example': '27'}, 'product_imei': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "The device's IMEI or serial number.", 'example': '356938035643809'}}}}, rule='type')
            data__products_is_list = isinstance(data__products, (list, tuple))
            if data__products_is_list:
                data__products_len = len(data__products)
                if data__products_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".products must contain at least 1 items", value=data__products, name="" + (name_prefix or "data") + ".products", definition={'type': 'array', 'description': 'The devices.', 'minItems': 1, 'items': {'type': 'object', 'description': 'A device whose IMEI to block or unblock; brands differ in the fields they need.', 'additionalProperties': False, 'properties': {'product_code': {'type': 'string', 'minLength': 1, 'maxLength': 100, 'description': "The merchant's product code (SKU).", 'example': 'redmi_1'}, 'dealer_code': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "The dealer's code with the brand.", 'example': 'DLR100'}, 'state_code': {'type': 'string', 'minLength': 1, 'maxLength': 10, 'description': "The state's code.", 'example': '27'}, 'product_imei': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "The device's IMEI or serial number.", 'example': '356938035643809'}}}}, rule='minItems')
                for data__products_x, data__products_item in enumerate(data__products):
                    validate___components_schemas_imeiproduct(data__products_item, custom_formats, (name_prefix or "data") + ".products[{data__products_x}]".format(**locals()))
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'IMEIs to block or unblock.', 'required': ['merchant_product_imei_reference', 'request_type', 'products'], 'additionalProperties': False, 'properties': {'merchant_product_imei_reference': {'type': 'string', 'description': "A merchant's own reference, 1 to 50 of letters, digits, `_` and `-`. Plural's idempotency key for the resource it names.", 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9_-]+$', 'example': 'f4548bbf-a029-43d3-9209-e3385c80b1e9'}, 'request_type': {'type': 'string', 'description': 'BLOCKING to block the IMEIs (sale), UNBLOCKED to release them (return).', 'enum': ['BLOCKING', 'UNBLOCKED']}, 'products': {'type': 'array', 'description': 'The devices.', 'minItems': 1, 'items': {'type': 'object', 'description': 'A device whose IMEI to block or unblock; brands differ in the fields they need.', 'additionalProperties': False, 'properties': {'product_code': {'type': 'string', 'minLength': 1, 'maxLength': 100, 'description': "The merchant's product code (SKU).", 'example': 'redmi_1'}, 'dealer_code': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "The dealer's code with the brand.", 'example': 'DLR100'}, 'state_code': {'type': 'string', 'minLength': 1, 'maxLength': 10, 'description': "The state's code.", 'example': '27'}, 'product_imei': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "The device's IMEI or serial number.", 'example': '356938035643809'}}}}}}, rule='additionalProperties')
    return data

def validate___components_schemas_imeiproduct(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'A device whose IMEI to block or unblock; brands differ in the fields they need.', 'additionalProperties': False, 'properties': {'product_code': {'type': 'string', 'minLength': 1, 'maxLength': 100, 'description': "The merchant's product code (SKU).", 'example': 'redmi_1'}, 'dealer_code': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "The dealer's code with the brand.", 'example': 'DLR100'}, 'state_code': {'type': 'string', 'minLength': 1, 'maxLength': 10, 'description': "The state's code.", 'example': '27'}, 'product_imei': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "The device's IMEI or serial number.", 'example': '356938035643809'}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "product_code" in data_keys:
            data_keys.remove("product_code")
            data__productcode = data["product_code"]
            if not isinstance(data__productcode, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".product_code must be string", value=data__productcode, name="" + (name_prefix or "data") + ".product_code", definition={'type': 'string', 'minLength': 1, 'maxLength': 100, 'description': "The merchant's product code (SKU).", 'example': 'redmi_1'}, rule='type')
            if isinstance(data__productcode, str):
                data__productcode_len = len(data__productcode)
                if data__productcode_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".product_code must be longer than or equal to 1 characters", value=data__productcode, name="" + (name_prefix or "data") + ".product_code", definition={'type': 'string', 'minLength': 1, 'maxLength': 100, 'description': "The merchant's product code (SKU).", 'example': 'redmi_1'}, rule='minLength')
                if data__productcode_len > 100:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".product_code must be shorter than or equal to 100 characters", value=data__productcode, name="" + (name_prefix or "data") + ".product_code", definition={'type': 'string', 'minLength': 1, 'maxLength': 100, 'description': "The merchant's product code (SKU).", 'example': 'redmi_1'}, rule='maxLength')
        if "dealer_code" in data_keys:
            data_keys.remove("dealer_code")
            data__dealercode = data["dealer_code"]
            if not isinstance(data__dealercode, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".dealer_code must be string", value=data__dealercode, name="" + (name_prefix or "data") + ".dealer_code", definition={'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "The dealer's code with the brand.", 'example': 'DLR100'}, rule='type')
            if isinstance(data__dealercode, str):
                data__dealercode_len = len(data__dealercode)
                if data__dealercode_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".dealer_code must be longer than or equal to 1 characters", value=data__dealercode, name="" + (name_prefix or "data") + ".dealer_code", definition={'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "The dealer's code with the brand.", 'example': 'DLR100'}, rule='minLength')
                if data__dealercode_len > 50:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".dealer_code must be shorter than or equal to 50 characters", value=data__dealercode, name="" + (name_prefix or "data") + ".dealer_code", definition={'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "The dealer's code with the brand.", 'example': 'DLR100'}, rule='maxLength')
        if "state_code" in data_keys:
            data_keys.remove("state_code")
            data__statecode = data["state_code"]
            if not isinstance(data__statecode, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".state_code must be string", value=data__statecode, name="" + (name_prefix or "data") + ".state_code", definition={'type': 'string', 'minLength': 1, 'maxLength': 10, 'description': "The state's code.", 'example': '27'}, rule='type')
            if isinstance(data__statecode, str):
                data__statecode_len = len(data__statecode)
                if data__statecode_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".state_code must be longer than or equal to 1 characters", value=data__statecode, name="" + (name_prefix or "data") + ".state_code", definition={'type': 'string', 'minLength': 1, 'maxLength': 10, 'description': "The state's code.", 'example': '27'}, rule='minLength')
                if data__statecode_len > 10:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".state_code must be shorter than or equal to 10 characters", value=data__statecode, name="" + (name_prefix or "data") + ".state_code", definition={'type': 'string', 'minLength': 1, 'maxLength': 10, 'description': "The state's code.", 'example': '27'}, rule='maxLength')
        if "product_imei" in data_keys:
            data_keys.remove("product_imei")
            data__productimei = data["product_imei"]
            if not isinstance(data__productimei, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".product_imei must be string", value=data__productimei, name="" + (name_prefix or "data") + ".product_imei", definition={'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "The device's IMEI or serial number.", 'example': '356938035643809'}, rule='type')
            if isinstance(data__productimei, str):
                data__productimei_len = len(data__productimei)
                if data__productimei_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".product_imei must be longer than or equal to 1 characters", value=data__productimei, name="" + (name_prefix or "data") + ".product_imei", definition={'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "The device's IMEI or serial number.", 'example': '356938035643809'}, rule='minLength')
                if data__productimei_len > 50:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".product_imei must be shorter than or equal to 50 characters", value=data__productimei, name="" + (name_prefix or "data") + ".product_imei", definition={'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "The device's IMEI or serial number.", 'example': '356938035643809'}, rule='maxLength')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'A device whose IMEI to block or unblock; brands differ in the fields they need.', 'additionalProperties': False, 'properties': {'product_code': {'type': 'string', 'minLength': 1, 'maxLength': 100, 'description': "The merchant's product code (SKU).", 'example': 'redmi_1'}, 'dealer_code': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "The dealer's code with the brand.", 'example': 'DLR100'}, 'state_code': {'type': 'string', 'minLength': 1, 'maxLength': 10, 'description': "The state's code.", 'example': '27'}, 'product_imei': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "The device's IMEI or serial number.", 'example': '356938035643809'}}}, rule='additionalProperties')
    return data

def validate___components_schemas_imeirequesttype(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'description': 'BLOCKING to block the IMEIs (sale), UNBLOCKED to release them (return).', 'enum': ['BLOCKING', 'UNBLOCKED']}, rule='type')
    if not (isinstance(data, str) and data == 'BLOCKING' or isinstance(data, str) and data == 'UNBLOCKED'):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be one of ['BLOCKING', 'UNBLOCKED']", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'description': 'BLOCKING to block the IMEIs (sale), UNBLOCKED to release them (return).', 'enum': ['BLOCKING', 'UNBLOCKED']}, rule='enum')
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
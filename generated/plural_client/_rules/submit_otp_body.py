# Written by `make generate` (scripts/compile_rules.py) from the spec: do not edit.
VERSION = "2.22.3"
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


REGEX_PATTERNS = {
    '^[A-Za-z0-9_-]+$': re.compile('^[A-Za-z0-9_-]+\\Z'),
    '^[0-9]{4,10}$': re.compile('^[0-9]{4,10}\\Z')
}

NoneType = type(None)

def validate(data, custom_formats={}, name_prefix=None):
    validate___components_x_plural_request(data, custom_formats, (name_prefix or "data") + "")
    return data

def validate___components_x_plural_request(data, custom_formats={}, name_prefix=None):
    validate___components_schemas_submitotprequest(data, custom_formats, (name_prefix or "data") + "")
    return data

def validate___components_schemas_submitotprequest(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'The OTP the customer entered for a payment. The OTP is never logged.', 'required': ['payment_id', 'otp'], 'additionalProperties': False, 'properties': {'payment_id': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9_-]+$', 'description': "Plural's payment id, from create_payment.", 'example': 'v1-5757575757-aa-hU1rUd-cc-l'}, 'otp': {'type': 'string', 'pattern': '^[0-9]{4,10}$', 'description': 'The OTP the customer received, 4 to 10 digits.', 'example': '123456'}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['payment_id', 'otp']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'The OTP the customer entered for a payment. The OTP is never logged.', 'required': ['payment_id', 'otp'], 'additionalProperties': False, 'properties': {'payment_id': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9_-]+$', 'description': "Plural's payment id, from create_payment.", 'example': 'v1-5757575757-aa-hU1rUd-cc-l'}, 'otp': {'type': 'string', 'pattern': '^[0-9]{4,10}$', 'description': 'The OTP the customer received, 4 to 10 digits.', 'example': '123456'}}}, rule='required')
        data_keys = set(data.keys())
        if "payment_id" in data_keys:
            data_keys.remove("payment_id")
            data__paymentid = data["payment_id"]
            if not isinstance(data__paymentid, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".payment_id must be string", value=data__paymentid, name="" + (name_prefix or "data") + ".payment_id", definition={'type': 'string', 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9_-]+$', 'description': "Plural's payment id, from create_payment.", 'example': 'v1-5757575757-aa-hU1rUd-cc-l'}, rule='type')
            if isinstance(data__paymentid, str):
                data__paymentid_len = len(data__paymentid)
                if data__paymentid_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".payment_id must be longer than or equal to 1 characters", value=data__paymentid, name="" + (name_prefix or "data") + ".payment_id", definition={'type': 'string', 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9_-]+$', 'description': "Plural's payment id, from create_payment.", 'example': 'v1-5757575757-aa-hU1rUd-cc-l'}, rule='minLength')
                if data__paymentid_len > 50:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".payment_id must be shorter than or equal to 50 characters", value=data__paymentid, name="" + (name_prefix or "data") + ".payment_id", definition={'type': 'string', 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9_-]+$', 'description': "Plural's payment id, from create_payment.", 'example': 'v1-5757575757-aa-hU1rUd-cc-l'}, rule='maxLength')
                if not REGEX_PATTERNS['^[A-Za-z0-9_-]+$'].search(data__paymentid):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".payment_id must match pattern ^[A-Za-z0-9_-]+$", value=data__paymentid, name="" + (name_prefix or "data") + ".payment_id", definition={'type': 'string', 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9_-]+$', 'description': "Plural's payment id, from create_payment.", 'example': 'v1-5757575757-aa-hU1rUd-cc-l'}, rule='pattern')
        if "otp" in data_keys:
            data_keys.remove("otp")
            data__otp = data["otp"]
            if not isinstance(data__otp, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".otp must be string", value=data__otp, name="" + (name_prefix or "data") + ".otp", definition={'type': 'string', 'pattern': '^[0-9]{4,10}$', 'description': 'The OTP the customer received, 4 to 10 digits.', 'example': '123456'}, rule='type')
            if isinstance(data__otp, str):
                if not REGEX_PATTERNS['^[0-9]{4,10}$'].search(data__otp):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".otp must match pattern ^[0-9]{4,10}$", value=data__otp, name="" + (name_prefix or "data") + ".otp", definition={'type': 'string', 'pattern': '^[0-9]{4,10}$', 'description': 'The OTP the customer received, 4 to 10 digits.', 'example': '123456'}, rule='pattern')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'The OTP the customer entered for a payment. The OTP is never logged.', 'required': ['payment_id', 'otp'], 'additionalProperties': False, 'properties': {'payment_id': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9_-]+$', 'description': "Plural's payment id, from create_payment.", 'example': 'v1-5757575757-aa-hU1rUd-cc-l'}, 'otp': {'type': 'string', 'pattern': '^[0-9]{4,10}$', 'description': 'The OTP the customer received, 4 to 10 digits.', 'example': '123456'}}}, rule='additionalProperties')
    return data
# Written by `make generate` (scripts/compile_rules.py) from the spec: do not edit.
VERSION = "2.22.3"
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


REGEX_PATTERNS = {
    '^[A-Z]{3}$': re.compile('^[A-Z]{3}\\Z')
}

NoneType = type(None)

def validate(data, custom_formats={}, name_prefix=None):
    validate___components_x_plural_request(data, custom_formats, (name_prefix or "data") + "")
    return data

def validate___components_x_plural_request(data, custom_formats={}, name_prefix=None):
    validate___components_schemas_conveniencefeerequest(data, custom_formats, (name_prefix or "data") + "")
    return data

def validate___components_schemas_conveniencefeerequest(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'The amount and method to calculate the convenience fee for.', 'required': ['amount', 'payment_method'], 'additionalProperties': False, 'properties': {'amount': {'type': 'object', 'description': "An amount of money in the currency's smallest unit (paise for INR).", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 100, 'maximum': 100000000, 'description': 'Amount in paise, from 100 (1 rupee) to 100000000 (10 lakh rupees).', 'example': 1100}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code; Plural accepts INR.', 'example': 'INR'}}, 'additionalProperties': False}, 'payment_method': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': 'The payment method (CARD, UPI, NETBANKING, POINTS, WALLET...).', 'example': 'CARD'}, 'network_type': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': 'The card network, for a card-specific fee (VISA, MASTERCARD, RUPAY...).', 'example': 'VISA'}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['amount', 'payment_method']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'The amount and method to calculate the convenience fee for.', 'required': ['amount', 'payment_method'], 'additionalProperties': False, 'properties': {'amount': {'type': 'object', 'description': "An amount of money in the currency's smallest unit (paise for INR).", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 100, 'maximum': 100000000, 'description': 'Amount in paise, from 100 (1 rupee) to 100000000 (10 lakh rupees).', 'example': 1100}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code; Plural accepts INR.', 'example': 'INR'}}, 'additionalProperties': False}, 'payment_method': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': 'The payment method (CARD, UPI, NETBANKING, POINTS, WALLET...).', 'example': 'CARD'}, 'network_type': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': 'The card network, for a card-specific fee (VISA, MASTERCARD, RUPAY...).', 'example': 'VISA'}}}, rule='required')
        data_keys = set(data.keys())
        if "amount" in data_keys:
            data_keys.remove("amount")
            data__amount = data["amount"]
            validate___components_schemas_amount(data__amount, custom_formats, (name_prefix or "data") + ".amount")
        if "payment_method" in data_keys:
            data_keys.remove("payment_method")
            data__paymentmethod = data["payment_method"]
            if not isinstance(data__paymentmethod, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".payment_method must be string", value=data__paymentmethod, name="" + (name_prefix or "data") + ".payment_method", definition={'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': 'The payment method (CARD, UPI, NETBANKING, POINTS, WALLET...).', 'example': 'CARD'}, rule='type')
            if isinstance(data__paymentmethod, str):
                data__paymentmethod_len = len(data__paymentmethod)
                if data__paymentmethod_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".payment_method must be longer than or equal to 1 characters", value=data__paymentmethod, name="" + (name_prefix or "data") + ".payment_method", definition={'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': 'The payment method (CARD, UPI, NETBANKING, POINTS, WALLET...).', 'example': 'CARD'}, rule='minLength')
                if data__paymentmethod_len > 50:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".payment_method must be shorter than or equal to 50 characters", value=data__paymentmethod, name="" + (name_prefix or "data") + ".payment_method", definition={'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': 'The payment method (CARD, UPI, NETBANKING, POINTS, WALLET...).', 'example': 'CARD'}, rule='maxLength')
        if "network_type" in data_keys:
            data_keys.remove("network_type")
            data__networktype = data["network_type"]
            if not isinstance(data__networktype, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".network_type must be string", value=data__networktype, name="" + (name_prefix or "data") + ".network_type", definition={'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': 'The card network, for a card-specific fee (VISA, MASTERCARD, RUPAY...).', 'example': 'VISA'}, rule='type')
            if isinstance(data__networktype, str):
                data__networktype_len = len(data__networktype)
                if data__networktype_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".network_type must be longer than or equal to 1 characters", value=data__networktype, name="" + (name_prefix or "data") + ".network_type", definition={'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': 'The card network, for a card-specific fee (VISA, MASTERCARD, RUPAY...).', 'example': 'VISA'}, rule='minLength')
                if data__networktype_len > 50:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".network_type must be shorter than or equal to 50 characters", value=data__networktype, name="" + (name_prefix or "data") + ".network_type", definition={'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': 'The card network, for a card-specific fee (VISA, MASTERCARD, RUPAY...).', 'example': 'VISA'}, rule='maxLength')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'The amount and method to calculate the convenience fee for.', 'required': ['amount', 'payment_method'], 'additionalProperties': False, 'properties': {'amount': {'type': 'object', 'description': "An amount of money in the currency's smallest unit (paise for INR).", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 100, 'maximum': 100000000, 'description': 'Amount in paise, from 100 (1 rupee) to 100000000 (10 lakh rupees).', 'example': 1100}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code; Plural accepts INR.', 'example': 'INR'}}, 'additionalProperties': False}, 'payment_method': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': 'The payment method (CARD, UPI, NETBANKING, POINTS, WALLET...).', 'example': 'CARD'}, 'network_type': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': 'The card network, for a card-specific fee (VISA, MASTERCARD, RUPAY...).', 'example': 'VISA'}}}, rule='additionalProperties')
    return data

def validate___components_schemas_amount(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': "An amount of money in the currency's smallest unit (paise for INR).", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 100, 'maximum': 100000000, 'description': 'Amount in paise, from 100 (1 rupee) to 100000000 (10 lakh rupees).', 'example': 1100}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code; Plural accepts INR.', 'example': 'INR'}}, 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['value', 'currency']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': "An amount of money in the currency's smallest unit (paise for INR).", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 100, 'maximum': 100000000, 'description': 'Amount in paise, from 100 (1 rupee) to 100000000 (10 lakh rupees).', 'example': 1100}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code; Plural accepts INR.', 'example': 'INR'}}, 'additionalProperties': False}, rule='required')
        data_keys = set(data.keys())
        if "value" in data_keys:
            data_keys.remove("value")
            data__value = data["value"]
            if not isinstance(data__value, (int)) or isinstance(data__value, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".value must be integer", value=data__value, name="" + (name_prefix or "data") + ".value", definition={'type': 'integer', 'minimum': 100, 'maximum': 100000000, 'description': 'Amount in paise, from 100 (1 rupee) to 100000000 (10 lakh rupees).', 'example': 1100}, rule='type')
            if isinstance(data__value, (int, float, Decimal)) and not isinstance(data__value, bool):
                if data__value < 100:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".value must be bigger than or equal to 100", value=data__value, name="" + (name_prefix or "data") + ".value", definition={'type': 'integer', 'minimum': 100, 'maximum': 100000000, 'description': 'Amount in paise, from 100 (1 rupee) to 100000000 (10 lakh rupees).', 'example': 1100}, rule='minimum')
                if data__value > 100000000:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".value must be smaller than or equal to 100000000", value=data__value, name="" + (name_prefix or "data") + ".value", definition={'type': 'integer', 'minimum': 100, 'maximum': 100000000, 'description': 'Amount in paise, from 100 (1 rupee) to 100000000 (10 lakh rupees).', 'example': 1100}, rule='maximum')
        if "currency" in data_keys:
            data_keys.remove("currency")
            data__currency = data["currency"]
            if not isinstance(data__currency, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".currency must be string", value=data__currency, name="" + (name_prefix or "data") + ".currency", definition={'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code; Plural accepts INR.', 'example': 'INR'}, rule='type')
            if isinstance(data__currency, str):
                if not REGEX_PATTERNS['^[A-Z]{3}$'].search(data__currency):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".currency must match pattern ^[A-Z]{3}$", value=data__currency, name="" + (name_prefix or "data") + ".currency", definition={'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code; Plural accepts INR.', 'example': 'INR'}, rule='pattern')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': "An amount of money in the currency's smallest unit (paise for INR).", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 100, 'maximum': 100000000, 'description': 'Amount in paise, from 100 (1 rupee) to 100000000 (10 lakh rupees).', 'example': 1100}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code; Plural accepts INR.', 'example': 'INR'}}, 'additionalProperties': False}, rule='additionalProperties')
    return data
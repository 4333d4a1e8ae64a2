# Written by `make generate` (scripts/compile_rules.py) from the spec: do not edit.
VERSION = "2.22.3"
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


REGEX_PATTERNS = {
    '^[A-Z]{3}$': re.compile('^[A-Z]{3}\\Z'),
    '^[0-9]{4}$': re.compile('^[0-9]{4}\\Z'),
    '^[0-9]{12,19}$': re.compile('^[0-9]{12,19}\\Z'),
    '^[0-9]{10,20}$': re.compile('^[0-9]{10,20}\\Z')
}

NoneType = type(None)

def validate(data, custom_formats={}, name_prefix=None):
    validate___components_x_plural_request(data, custom_formats, (name_prefix or "data") + "")
    return data

def validate___components_x_plural_request(data, custom_formats={}, name_prefix=None):
    validate___components_schemas_pointsbalancerequest(data, custom_formats, (name_prefix or "data") + "")
    return data

def validate___components_schemas_pointsbalancerequest(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'The card and order to check the points balance for.', 'required': ['payment_option', 'order_details'], 'additionalProperties': False, 'properties': {'payment_option': {'type': 'object', 'description': 'The points card.', 'required': ['points_card_details'], 'additionalProperties': False, 'properties': {'points_card_details': {'$ref': '#/components/schemas/PayByPointsCard'}}}, 'order_details': {'type': 'object', 'description': 'The order to pay by points.', 'required': ['order_amount'], 'additionalProperties': False, 'properties': {'order_amount': {'$ref': '#/components/schemas/Amount'}}}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['payment_option', 'order_details']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'The card and order to check the points balance for.', 'required': ['payment_option', 'order_details'], 'additionalProperties': False, 'properties': {'payment_option': {'type': 'object', 'description': 'The points card.', 'required': ['points_card_details'], 'additionalProperties': False, 'properties': {'points_card_details': {'$ref': '#/components/schemas/PayByPointsCard'}}}, 'order_details': {'type': 'object', 'description': 'The order to pay by points.', 'required': ['order_amount'], 'additionalProperties': False, 'properties': {'order_amount': {'$ref': '#/components/schemas/Amount'}}}}}, rule='required')
        data_keys = set(data.keys())
        if "payment_option" in data_keys:
            data_keys.remove("payment_option")
            data__paymentoption = data["payment_option"]
            validate___components_schemas_pointspaymentoption(data__paymentoption, custom_formats, (name_prefix or "data") + ".payment_option")
        if "order_details" in data_keys:
            data_keys.remove("order_details")
            data__orderdetails = data["order_details"]
            validate___components_schemas_pointsorderdetails(data__orderdetails, custom_formats, (name_prefix or "data") + ".order_details")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'The card and order to check the points balance for.', 'required': ['payment_option', 'order_details'], 'additionalProperties': False, 'properties': {'payment_option': {'type': 'object', 'description': 'The points card.', 'required': ['points_card_details'], 'additionalProperties': False, 'properties': {'points_card_details': {'$ref': '#/components/schemas/PayByPointsCard'}}}, 'order_details': {'type': 'object', 'description': 'The order to pay by points.', 'required': ['order_amount'], 'additionalProperties': False, 'properties': {'order_amount': {'$ref': '#/components/schemas/Amount'}}}}}, rule='additionalProperties')
    return data

def validate___components_schemas_pointsorderdetails(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'The order to pay by points.', 'required': ['order_amount'], 'additionalProperties': False, 'properties': {'order_amount': {'type': 'object', 'description': "An amount of money in the currency's smallest unit (paise for INR).", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 100, 'maximum': 100000000, 'description': 'Amount in paise, from 100 (1 rupee) to 100000000 (10 lakh rupees).', 'example': 1100}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code; Plural accepts INR.', 'example': 'INR'}}, 'additionalProperties': False}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['order_amount']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'The order to pay by points.', 'required': ['order_amount'], 'additionalProperties': False, 'properties': {'order_amount': {'type': 'object', 'description': "An amount of money in the currency's smallest unit (paise for INR).", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 100, 'maximum': 100000000, 'description': 'Amount in paise, from 100 (1 rupee) to 100000000 (10 lakh rupees).', 'example': 1100}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code; Plural accepts INR.', 'example': 'INR'}}, 'additionalProperties': False}}}, rule='required')
        data_keys = set(data.keys())
        if "order_amount" in data_keys:
            data_keys.remove("order_amount")
            data__orderamount = data["order_amount"]
            validate___components_schemas_amount(data__orderamount, custom_formats, (name_prefix or "data") + ".order_amount")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'The order to pay by points.', 'required': ['order_amount'], 'additionalProperties': False, 'properties': {'order_amount': {'type': 'object', 'description': "An amount of money in the currency's smallest unit (paise for INR).", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 100, 'maximum': 100000000, 'description': 'Amount in paise, from 100 (1 rupee) to 100000000 (10 lakh rupees).', 'example': 1100}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code; Plural accepts INR.', 'example': 'INR'}}, 'additionalProperties': False}}}, rule='additionalProperties')
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

def validate___components_schemas_pointspaymentoption(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'The points card.', 'required': ['points_card_details'], 'additionalProperties': False, 'properties': {'points_card_details': {'type': 'object', 'description': 'The card whose reward points to check.', 'additionalProperties': False, 'properties': {'card_last4': {'type': 'string', 'pattern': '^[0-9]{4}$', 'description': 'Last four digits of the card.', 'example': '1111'}, 'card_number': {'type': 'string', 'pattern': '^[0-9]{12,19}$', 'description': 'Card number, 12 to 19 digits.', 'example': '4111111111111111'}, 'registered_mobile_number': {'type': 'string', 'pattern': '^[0-9]{10,20}$', 'description': "The card's registered mobile number, 10 to 20 digits.", 'example': '9876543210'}}}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['points_card_details']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'The points card.', 'required': ['points_card_details'], 'additionalProperties': False, 'properties': {'points_card_details': {'type': 'object', 'description': 'The card whose reward points to check.', 'additionalProperties': False, 'properties': {'card_last4': {'type': 'string', 'pattern': '^[0-9]{4}$', 'description': 'Last four digits of the card.', 'example': '1111'}, 'card_number': {'type': 'string', 'pattern': '^[0-9]{12,19}$', 'description': 'Card number, 12 to 19 digits.', 'example': '4111111111111111'}, 'registered_mobile_number': {'type': 'string', 'pattern': '^[0-9]{10,20}$', 'description': "The card's registered mobile number, 10 to 20 digits.", 'example': '9876543210'}}}}}, rule='required')
        data_keys = set(data.keys())
        if "points_card_details" in data_keys:
            data_keys.remove("points_card_details")
            data__pointscarddetails = data["points_card_details"]
            validate___components_schemas_paybypointscard(data__pointscarddetails, custom_formats, (name_prefix or "data") + ".points_card_details")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'The points card.', 'required': ['points_card_details'], 'additionalProperties': False, 'properties': {'points_card_details': {'type': 'object', 'description': 'The card whose reward points to check.', 'additionalProperties': False, 'properties': {'card_last4': {'type': 'string', 'pattern': '^[0-9]{4}$', 'description': 'Last four digits of the card.', 'example': '1111'}, 'card_number': {'type': 'string', 'pattern': '^[0-9]{12,19}$', 'description': 'Card number, 12 to 19 digits.', 'example': '4111111111111111'}, 'registered_mobile_number': {'type': 'string', 'pattern': '^[0-9]{10,20}$', 'description': "The card's registered mobile number, 10 to 20 digits.", 'example': '9876543210'}}}}}, rule='additionalProperties')
    return data

def validate___components_schemas_paybypointscard(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'The card whose reward points to check.', 'additionalProperties': False, 'properties': {'card_last4': {'type': 'string', 'pattern': '^[0-9]{4}$', 'description': 'Last four digits of the card.', 'example': '1111'}, 'card_number': {'type': 'string', 'pattern': '^[0-9]{12,19}$', 'description': 'Card number, 12 to 19 digits.', 'example': '4111111111111111'}, 'registered_mobile_number': {'type': 'string', 'pattern': '^[0-9]{10,20}$', 'description': "The card's registered mobile number, 10 to 20 digits.", 'example': '9876543210'}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "card_last4" in data_keys:
            data_keys.remove("card_last4")
            data__cardlast4 = data["card_last4"]
            if not isinstance(data__cardlast4, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".card_last4 must be string", value=data__cardlast4, name="" + (name_prefix or "data") + ".card_last4", definition={'type': 'string', 'pattern': '^[0-9]{4}$', 'description': 'Last four digits of the card.', 'example': '1111'}, rule='type')
            if isinstance(data__cardlast4, str):
                if not REGEX_PATTERNS['^[0-9]{4}$'].search(data__cardlast4):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".card_last4 must match pattern ^[0-9]{4}$", value=data__cardlast4, name="" + (name_prefix or "data") + ".card_last4", definition={'type': 'string', 'pattern': '^[0-9]{4}$', 'description': 'Last four digits of the card.', 'example': '1111'}, rule='pattern')
        if "card_number" in data_keys:
            data_keys.remove("card_number")
            data__cardnumber = data["card_number"]
            if not isinstance(data__cardnumber, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".card_number must be string", value=data__cardnumber, name="" + (name_prefix or "data") + ".card_number", definition={'type': 'string', 'pattern': '^[0-9]{12,19}$', 'description': 'Card number, 12 to 19 digits.', 'example': '4111111111111111'}, rule='type')
            if isinstance(data__cardnumber, str):
                if not REGEX_PATTERNS['^[0-9]{12,19}$'].search(data__cardnumber):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".card_number must match pattern ^[0-9]{12,19}$", value=data__cardnumber, name="" + (name_prefix or "data") + ".card_number", definition={'type': 'string', 'pattern': '^[0-9]{12,19}$', 'description': 'Card number, 12 to 19 digits.', 'example': '4111111111111111'}, rule='pattern')
        if "registered_mobile_number" in data_keys:
            data_keys.remove("registered_mobile_number")
            data__registeredmobilenumber = data["registered_mobile_number"]
            if not isinstance(data__registeredmobilenumber, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".registered_mobile_number must be string", value=data__registeredmobilenumber, name="" + (name_prefix or "data") + ".registered_mobile_number", definition={'type': 'string', 'pattern': '^[0-9]{10,20}$', 'description': "The card's registered mobile number, 10 to 20 digits.", 'example': '9876543210'}, rule='type')
            if isinstance(data__registeredmobilenumber, str):
                if not REGEX_PATTERNS['^[0-9]{10,20}$'].search(data__registeredmobilenumber):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".registered_mobile_number must match pattern ^[0-9]{10,20}$", value=data__registeredmobilenumber, name="" + (name_prefix or "data") + ".registered_mobile_number", definition={'type': 'string', 'pattern': '^[0-9]{10,20}$', 'description': "The card's registered mobile number, 10 to 20 digits.", 'example': '9876543210'}, rule='pattern')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'The card whose reward points to check.', 'additionalProperties': False, 'properties': {'card_last4': {'type': 'string', 'pattern': '^[0-9]{4}$', 'description': 'Last four digits of the card.', 'example': '1111'}, 'card_number': {'type': 'string', 'pattern': '^[0-9]{12,19}$', 'description': 'Card number, 12 to 19 digits.', 'example': '4111111111111111'}, 'registered_mobile_number': {'type': 'string', 'pattern': '^[0-9]{10,20}$', 'description': "The card's registered mobile number, 10 to 20 digits.", 'example': '9876543210'}}}, rule='additionalProperties')
    return data
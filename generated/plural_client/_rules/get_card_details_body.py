# Written by `make generate` (scripts/compile_rules.py) from the spec: do not edit.
VERSION = "2.22.3"
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


REGEX_PATTERNS = {
    '^[0-9]+$': re.compile('^[0-9]+\\Z'),
    '^[0-9]{12,19}$': re.compile('^[0-9]{12,19}\\Z')
}

NoneType = type(None)

def validate(data, custom_formats={}, name_prefix=None):
    validate___components_x_plural_request(data, custom_formats, (name_prefix or "data") + "")
    return data

def validate___components_x_plural_request(data, custom_formats={}, name_prefix=None):
    validate___components_schemas_getcarddetailsrequest(data, custom_formats, (name_prefix or "data") + "")
    return data

def validate___components_schemas_getcarddetailsrequest(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'The cards to look up, and optionally the amount to pay.', 'required': ['card_details'], 'additionalProperties': False, 'properties': {'card_details': {'type': 'array', 'description': 'The cards to look up.', 'minItems': 1, 'items': {'type': 'object', 'description': 'One card to look up. The number is never logged.', 'required': ['payment_identifier', 'payment_reference_type'], 'additionalProperties': False, 'properties': {'payment_identifier': {'type': 'string', 'pattern': '^[0-9]{12,19}$', 'description': 'The card number (or token), 12 to 19 digits.', 'example': '4111111111111111'}, 'payment_reference_type': {'$ref': '#/components/schemas/CardLookupReferenceType'}}}}, 'amount': {'type': 'string', 'pattern': '^[0-9]+$', 'description': 'Amount of the intended payment in paise, as a string of digits.', 'example': '110000'}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['card_details']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'The cards to look up, and optionally the amount to pay.', 'required': ['card_details'], 'additionalProperties': False, 'properties': {'card_details': {'type': 'array', 'description': 'The cards to look up.', 'minItems': 1, 'items': {'type': 'object', 'description': 'One card to look up. The number is never logged.', 'required': ['payment_identifier', 'payment_reference_type'], 'additionalProperties': False, 'properties': {'payment_identifier': {'type': 'string', 'pattern': '^[0-9]{12,19}$', 'description': 'The card number (or token), 12 to 19 digits.', 'example': '4111111111111111'}, 'payment_reference_type': {'$ref': '#/components/schemas/CardLookupReferenceType'}}}}, 'amount': {'type': 'string', 'pattern': '^[0-9]+$', 'description': 'Amount of the intended payment in paise, as a string of digits.', 'example': '110000'}}}, rule='required')
        data_keys = set(data.keys())
        if "card_details" in data_keys:
            data_keys.remove("card_details")
            data__carddetails = data["card_details"]
            if not isinstance(data__carddetails, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".card_details must be array", value=data__carddetails, name="" + (name_prefix or "data") + ".card_details", definition={'type': 'array', 'description': 'The cards to look up.', 'minItems': 1, 'items': {'type': 'object', 'description': 'One card to look up. The number is never logged.', 'required': ['payment_identifier', 'payment_reference_type'], 'additionalProperties': False, 'properties': {'payment_identifier': {'type': 'string', 'pattern': '^[0-9]{12,19}$', 'description': 'The card number (or token), 12 to 19 digits.', 'example': '4111111111111111'}, 'payment_reference_type': {'$ref': '#/components/schemas/CardLookupReferenceType'}}}}, rule='type')
            data__carddetails_is_list = isinstance(data__carddetails, (list, tuple))
            if data__carddetails_is_list:
                data__carddetails_len = len(data__carddetails)
                if data__carddetails_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".card_details must contain at least 1 items", value=data__carddetails, name="" + (name_prefix or "data") + ".card_details", definition={'type': 'array', 'description': 'The cards to look up.', 'minItems': 1, 'items': {'type': 'object', 'description': 'One card to look up. The number is never logged.', 'required': ['payment_identifier', 'payment_reference_type'], 'additionalProperties': False, 'properties': {'payment_identifier': {'type': 'string', 'pattern': '^[0-9]{12,19}$', 'description': 'The card number (or token), 12 to 19 digits.', 'example': '4111111111111111'}, 'payment_reference_type': {'$ref': '#/components/schemas/CardLookupReferenceType'}}}}, rule='minItems')
                for data__carddetails_x, data__carddetails_item in enumerate(data__carddetails):
                    validate___components_schemas_cardlookupitem(data__carddetails_item, custom_formats, (name_prefix or "data") + ".card_details[{data__carddetails_x}]".format(**locals()))
        if "amount" in data_keys:
            data_keys.remove("amount")
            data__amount = data["amount"]
            if not isinstance(data__amount, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".amount must be string", value=data__amount, name="" + (name_prefix or "data") + ".amount", definition={'type': 'string', 'pattern': '^[0-9]+$', 'description': 'Amount of the intended payment in paise, as a string of digits.', 'example': '110000'}, rule='type')
            if isinstance(data__amount, str):
                if not REGEX_PATTERNS['^[0-9]+$'].search(data__amount):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".amount must match pattern ^[0-9]+$", value=data__amount, name="" + (name_prefix or "data") + ".amount", definition={'type': 'string', 'pattern': '^[0-9]+$', 'description': 'Amount of the intended payment in paise, as a string of digits.', 'example': '110000'}, rule='pattern')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'The cards to look up, and optionally the amount to pay.', 'required': ['card_details'], 'additionalProperties': False, 'properties': {'card_details': {'type': 'array', 'description': 'The cards to look up.', 'minItems': 1, 'items': {'type': 'object', 'description': 'One card to look up. The number is never logged.', 'required': ['payment_identifier', 'payment_reference_type'], 'additionalProperties': False, 'properties': {'payment_identifier': {'type': 'string', 'pattern': '^[0-9]{12,19}$', 'description': 'The card number (or token), 12 to 19 digits.', 'example': '4111111111111111'}, 'payment_reference_type': {'$ref': '#/components/schemas/CardLookupReferenceType'}}}}, 'amount': {'type': 'string', 'pattern': '^[0-9]+$', 'description': 'Amount of the intended payment in paise, as a string of digits.', 'example': '110000'}}}, rule='additionalProperties')
    return data

def validate___components_schemas_cardlookupitem(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'One card to look up. The number is never logged.', 'required': ['payment_identifier', 'payment_reference_type'], 'additionalProperties': False, 'properties': {'payment_identifier': {'type': 'string', 'pattern': '^[0-9]{12,19}$', 'description': 'The card number (or token), 12 to 19 digits.', 'example': '4111111111111111'}, 'payment_reference_type': {'type': 'string', 'description': 'What payment_identifier is; a card number (CARD) or a token of one.', 'enum': ['CARD', 'ALT_TOKEN_TXN', 'NETWORK_TOKEN_TXN', 'ISSUER_TOKEN_TXN']}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['payment_identifier', 'payment_reference_type']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'One card to look up. The number is never logged.', 'required': ['payment_identifier', 'payment_reference_type'], 'additionalProperties': False, 'properties': {'payment_identifier': {'type': 'string', 'pattern': '^[0-9]{12,19}$', 'description': 'The card number (or token), 12 to 19 digits.', 'example': '4111111111111111'}, 'payment_reference_type': {'type': 'string', 'description': 'What payment_identifier is; a card number (CARD) or a token of one.', 'enum': ['CARD', 'ALT_TOKEN_TXN', 'NETWORK_TOKEN_TXN', 'ISSUER_TOKEN_TXN']}}}, rule='required')
        data_keys = set(data.keys())
        if "payment_identifier" in data_keys:
            data_keys.remove("payment_identifier")
            data__paymentidentifier = data["payment_identifier"]
            if not isinstance(data__paymentidentifier, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".payment_identifier must be string", value=data__paymentidentifier, name="" + (name_prefix or "data") + ".payment_identifier", definition={'type': 'string', 'pattern': '^[0-9]{12,19}$', 'description': 'The card number (or token), 12 to 19 digits.', 'example': '4111111111111111'}, rule='type')
            if isinstance(data__paymentidentifier, str):
                if not REGEX_PATTERNS['^[0-9]{12,19}$'].search(data__paymentidentifier):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".payment_identifier must match pattern ^[0-9]{12,19}$", value=data__paymentidentifier, name="" + (name_prefix or "data") + ".payment_identifier", definition={'type': 'string', 'pattern': '^[0-9]{12,19}$', 'description': 'The card number (or token), 12 to 19 digits.', 'example': '4111111111111111'}, rule='pattern')
        if "payment_reference_type" in data_keys:
            data_keys.remove("payment_reference_type")
            data__paymentreferencetype = data["payment_reference_type"]
            validate___components_schemas_cardlookupreferencetype(data__paymentreferencetype, custom_formats, (name_prefix or "data") + ".payment_reference_type")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'One card to look up. The number is never logged.', 'required': ['payment_identifier', 'payment_reference_type'], 'additionalProperties': False, 'properties': {'payment_identifier': {'type': 'string', 'pattern': '^[0-9]{12,19}$', 'description': 'The card number (or token), 12 to 19 digits.', 'example': '4111111111111111'}, 'payment_reference_type': {'type': 'string', 'description': 'What payment_identifier is; a card number (CARD) or a token of one.', 'enum': ['CARD', 'ALT_TOKEN_TXN', 'NETWORK_TOKEN_TXN', 'ISSUER_TOKEN_TXN']}}}, rule='additionalProperties')
    return data

def validate___components_schemas_cardlookupreferencetype(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'description': 'What payment_identifier is; a card number (CARD) or a token of one.', 'enum': ['CARD', 'ALT_TOKEN_TXN', 'NETWORK_TOKEN_TXN', 'ISSUER_TOKEN_TXN']}, rule='type')
    if not (isinstance(data, str) and data == 'CARD' or isinstance(data, str) and data == 'ALT_TOKEN_TXN' or isinstance(data, str) and data == 'NETWORK_TOKEN_TXN' or isinstance(data, str) and data == 'ISSUER_TOKEN_TXN'):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be one of ['CARD', 'ALT_TOKEN_TXN', 'NETWORK_TOKEN_TXN', 'ISSUER_TOKEN_TXN']", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'description': 'What payment_identifier is; a card number (CARD) or a token of one.', 'enum': ['CARD', 'ALT_TOKEN_TXN', 'NETWORK_TOKEN_TXN', 'ISSUER_TOKEN_TXN']}, rule='enum')
    return data
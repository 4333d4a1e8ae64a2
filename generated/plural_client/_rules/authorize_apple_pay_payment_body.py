# Written by `make generate` (scripts/compile_rules.py) from the spec: do not edit.
VERSION = "2.22.3"
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


REGEX_PATTERNS = {
    "^[A-Za-z0-9./\\\\_,()'-]+$": re.compile("^[A-Za-z0-9./\\\\_,()'-]+\\Z"),
    '^(0[1-9]|1[0-2])$': re.compile('^(0[1-9]|1[0-2])\\Z'),
    '^[0-9]{4}$': re.compile('^[0-9]{4}\\Z')
}

NoneType = type(None)

def validate(data, custom_formats={}, name_prefix=None):
    validate___components_x_plural_request(data, custom_formats, (name_prefix or "data") + "")
    return data

def validate___components_x_plural_request(data, custom_formats={}, name_prefix=None):
    validate___components_schemas_applepayauthorizerequest(data, custom_formats, (name_prefix or "data") + "")
    return data

def validate___components_schemas_applepayauthorizerequest(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'The decrypted Apple Pay token to authorize the payment with.', 'additionalProperties': False, 'properties': {'decrypted_card_details': {'type': 'object', 'description': 'What the merchant decrypted from the Apple Pay payment token.', 'required': ['token', 'expiration_month', 'expiration_year', 'cryptogram'], 'additionalProperties': False, 'properties': {'token': {'type': 'string', 'minLength': 1, 'pattern': "^[A-Za-z0-9./\\\\_,()'-]+$", 'description': "The device card number (token); letters, digits and . / \\ - _ , ( ) '.", 'example': '4111111111111111'}, 'expiration_month': {'type': 'string', 'pattern': '^(0[1-9]|1[0-2])$', 'description': 'Token expiry month, two digits.', 'example': '12'}, 'expiration_year': {'type': 'string', 'pattern': '^[0-9]{4}$', 'description': 'Token expiry year, four digits.', 'example': '2027'}, 'cryptogram': {'type': 'string', 'minLength': 1, 'description': 'The online payment cryptogram from the token.', 'example': 'AgAAAAAABk4DWZ4C28yUQAAAAAA='}, 'cavv': {'type': 'string', 'minLength': 1, 'description': 'Authentication value; needed for Mastercard.', 'example': 'AAABBJg0VhI0VniQEjRWAAAAAAA='}, 'eci': {'type': 'string', 'minLength': 1, 'maxLength': 2, 'description': 'Electronic commerce indicator (authentication outcome).', 'example': '07'}, 'card_meta_data': {'$ref': '#/components/schemas/ApplePayCardMetaData'}}}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "decrypted_card_details" in data_keys:
            data_keys.remove("decrypted_card_details")
            data__decryptedcarddetails = data["decrypted_card_details"]
            validate___components_schemas_applepaycarddetails(data__decryptedcarddetails, custom_formats, (name_prefix or "data") + ".decrypted_card_details")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'The decrypted Apple Pay token to authorize the payment with.', 'additionalProperties': False, 'properties': {'decrypted_card_details': {'type': 'object', 'description': 'What the merchant decrypted from the Apple Pay payment token.', 'required': ['token', 'expiration_month', 'expiration_year', 'cryptogram'], 'additionalProperties': False, 'properties': {'token': {'type': 'string', 'minLength': 1, 'pattern': "^[A-Za-z0-9./\\\\_,()'-]+$", 'description': "The device card number (token); letters, digits and . / \\ - _ , ( ) '.", 'example': '4111111111111111'}, 'expiration_month': {'type': 'string', 'pattern': '^(0[1-9]|1[0-2])$', 'description': 'Token expiry month, two digits.', 'example': '12'}, 'expiration_year': {'type': 'string', 'pattern': '^[0-9]{4}$', 'description': 'Token expiry year, four digits.', 'example': '2027'}, 'cryptogram': {'type': 'string', 'minLength': 1, 'description': 'The online payment cryptogram from the token.', 'example': 'AgAAAAAABk4DWZ4C28yUQAAAAAA='}, 'cavv': {'type': 'string', 'minLength': 1, 'description': 'Authentication value; needed for Mastercard.', 'example': 'AAABBJg0VhI0VniQEjRWAAAAAAA='}, 'eci': {'type': 'string', 'minLength': 1, 'maxLength': 2, 'description': 'Electronic commerce indicator (authentication outcome).', 'example': '07'}, 'card_meta_data': {'$ref': '#/components/schemas/ApplePayCardMetaData'}}}}}, rule='additionalProperties')
    return data

def validate___components_schemas_applepaycarddetails(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'What the merchant decrypted from the Apple Pay payment token.', 'required': ['token', 'expiration_month', 'expiration_year', 'cryptogram'], 'additionalProperties': False, 'properties': {'token': {'type': 'string', 'minLength': 1, 'pattern': "^[A-Za-z0-9./\\\\_,()'-]+$", 'description': "The device card number (token); letters, digits and . / \\ - _ , ( ) '.", 'example': '4111111111111111'}, 'expiration_month': {'type': 'string', 'pattern': '^(0[1-9]|1[0-2])$', 'description': 'Token expiry month, two digits.', 'example': '12'}, 'expiration_year': {'type': 'string', 'pattern': '^[0-9]{4}$', 'description': 'Token expiry year, four digits.', 'example': '2027'}, 'cryptogram': {'type': 'string', 'minLength': 1, 'description': 'The online payment cryptogram from the token.', 'example': 'AgAAAAAABk4DWZ4C28yUQAAAAAA='}, 'cavv': {'type': 'string', 'minLength': 1, 'description': 'Authentication value; needed for Mastercard.', 'example': 'AAABBJg0VhI0VniQEjRWAAAAAAA='}, 'eci': {'type': 'string', 'minLength': 1, 'maxLength': 2, 'description': 'Electronic commerce indicator (authentication outcome).', 'example': '07'}, 'card_meta_data': {'type': 'object', 'description': 'The card behind the Apple Pay token.', 'required': ['card_type', 'network_name'], 'additionalProperties': False, 'properties': {'card_type': {'type': 'string', 'description': "The card's type.", 'enum': ['CREDIT', 'DEBIT', 'PREPAID'], 'example': 'CREDIT'}, 'network_name': {'type': 'string', 'description': "The card's network.", 'enum': ['VISA', 'MASTERCARD', 'RUPAY', 'AMEX'], 'example': 'VISA'}}}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['token', 'expiration_month', 'expiration_year', 'cryptogram']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'What the merchant decrypted from the Apple Pay payment token.', 'required': ['token', 'expiration_month', 'expiration_year', 'cryptogram'], 'additionalProperties': False, 'properties': {'token': {'type': 'string', 'minLength': 1, 'pattern': "^[A-Za-z0-9./\\\\_,()'-]+$", 'description': "The device card number (token); letters, digits and . / \\ - _ , ( ) '.", 'example': '4111111111111111'}, 'expiration_month': {'type': 'string', 'pattern': '^(0[1-9]|1[0-2])$', 'description': 'Token expiry month, two digits.', 'example': '12'}, 'expiration_year': {'type': 'string', 'pattern': '^[0-9]{4}$', 'description': 'Token expiry year, four digits.', 'example': '2027'}, 'cryptogram': {'type': 'string', 'minLength': 1, 'description': 'The online payment cryptogram from the token.', 'example': 'AgAAAAAABk4DWZ4C28yUQAAAAAA='}, 'cavv': {'type': 'string', 'minLength': 1, 'description': 'Authentication value; needed for Mastercard.', 'example': 'AAABBJg0VhI0VniQEjRWAAAAAAA='}, 'eci': {'type': 'string', 'minLength': 1, 'maxLength': 2, 'description': 'Electronic commerce indicator (authentication outcome).', 'example': '07'}, 'card_meta_data': {'type': 'object', 'description': 'The card behind the Apple Pay token.', 'required': ['card_type', 'network_name'], 'additionalProperties': False, 'properties': {'card_type': {'type': 'string', 'description': "The card's type.", 'enum': ['CREDIT', 'DEBIT', 'PREPAID'], 'example': 'CREDIT'}, 'network_name': {'type': 'string', 'description': "The card's network.", 'enum': ['VISA', 'MASTERCARD', 'RUPAY', 'AMEX'], 'example': 'VISA'}}}}}, rule='required')
        data_keys = set(data.keys())
        if "token" in data_keys:
            data_keys.remove("token")
            data__token = data["token"]
            if not isinstance(data__token, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".token must be string", value=data__token, name="" + (name_prefix or "data") + ".token", definition={'type': 'string', 'minLength': 1, 'pattern': "^[A-Za-z0-9./\\\\_,()'-]+$", 'description': "The device card number (token); letters, digits and . / \\ - _ , ( ) '.", 'example': '4111111111111111'}, rule='type')
            if isinstance(data__token, str):
                data__token_len = len(data__token)
                if data__token_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".token must be longer than or equal to 1 characters", value=data__token, name="" + (name_prefix or "data") + ".token", definition={'type': 'string', 'minLength': 1, 'pattern': "^[A-Za-z0-9./\\\\_,()'-]+$", 'description': "The device card number (token); letters, digits and . / \\ - _ , ( ) '.", 'example': '4111111111111111'}, rule='minLength')
                if not REGEX_PATTERNS["^[A-Za-z0-9./\\\\_,()'-]+$"].search(data__token):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".token must match pattern ^[A-Za-z0-9./\\\\_,()'-]+$", value=data__token, name="" + (name_prefix or "data") + ".token", definition={'type': 'string', 'minLength': 1, 'pattern': "^[A-Za-z0-9./\\\\_,()'-]+$", 'description': "The device card number (token); letters, digits and . / \\ - _ , ( ) '.", 'example': '4111111111111111'}, rule='pattern')
        if "expiration_month" in data_keys:
            data_keys.remove("expiration_month")
            data__expirationmonth = data["expiration_month"]
            if not isinstance(data__expirationmonth, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".expiration_month must be string", value=data__expirationmonth, name="" + (name_prefix or "data") + ".expiration_month", definition={'type': 'string', 'pattern': '^(0[1-9]|1[0-2])$', 'description': 'Token expiry month, two digits.', 'example': '12'}, rule='type')
            if isinstance(data__expirationmonth, str):
                if not REGEX_PATTERNS['^(0[1-9]|1[0-2])$'].search(data__expirationmonth):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".expiration_month must match pattern ^(0[1-9]|1[0-2])$", value=data__expirationmonth, name="" + (name_prefix or "data") + ".expiration_month", definition={'type': 'string', 'pattern': '^(0[1-9]|1[0-2])$', 'description': 'Token expiry month, two digits.', 'example': '12'}, rule='pattern')
        if "expiration_year" in data_keys:
            data_keys.remove("expiration_year")
            data__expirationyear = data["expiration_year"]
            if not isinstance(data__expirationyear, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".expiration_year must be string", value=data__expirationyear, name="" + (name_prefix or "data") + ".expiration_year", definition={'type': 'string', 'pattern': '^[0-9]{4}$', 'description': 'Token expiry year, four digits.', 'example': '2027'}, rule='type')
            if isinstance(data__expirationyear, str):
                if not REGEX_PATTERNS['^[0-9]{4}$'].search(data__expirationyear):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".expiration_year must match pattern ^[0-9]{4}$", value=data__expirationyear, name="" + (name_prefix or "data") + ".expiration_year", definition={'type': 'string', 'pattern': '^[0-9]{4}$', 'description': 'Token expiry year, four digits.', 'example': '2027'}, rule='pattern')
        if "cryptogram" in data_keys:
            data_keys.remove("cryptogram")
            data__cryptogram = data["cryptogram"]
            if not isinstance(data__cryptogram, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".cryptogram must be string", value=data__cryptogram, name="" + (name_prefix or "data") + ".cryptogram", definition={'type': 'string', 'minLength': 1, 'description': 'The online payment cryptogram from the token.', 'example': 'AgAAAAAABk4DWZ4C28yUQAAAAAA='}, rule='type')
            if isinstance(data__cryptogram, str):
                data__cryptogram_len = len(data__cryptogram)
                if data__cryptogram_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".cryptogram must be longer than or equal to 1 characters", value=data__cryptogram, name="" + (name_prefix or "data") + ".cryptogram", definition={'type': 'string', 'minLength': 1, 'description': 'The online payment cryptogram from the token.', 'example': 'AgAAAAAABk4DWZ4C28yUQAAAAAA='}, rule='minLength')
        if "cavv" in data_keys:
            data_keys.remove("cavv")
            data__cavv = data["cavv"]
            if not isinstance(data__cavv, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".cavv must be string", value=data__cavv, name="" + (name_prefix or "data") + ".cavv", definition={'type': 'string', 'minLength': 1, 'description': 'Authentication value; needed for Mastercard.', 'example': 'AAABBJg0VhI0VniQEjRWAAAAAAA='}, rule='type')
            if isinstance(data__cavv, str):
                data__cavv_len = len(data__cavv)
                if data__cavv_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".cavv must be longer than or equal to 1 characters", value=data__cavv, name="" + (name_prefix or "data") + ".cavv", definition={'type': 'string', 'minLength': 1, 'description': 'Authentication value; needed for Mastercard.', 'example': 'AAABBJg0VhI0VniQEjRWAAAAAAA='}, rule='minLength')
        if "eci" in data_keys:
            data_keys.remove("eci")
            data__eci = data["eci"]
            if not isinstance(data__eci, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".eci must be string", value=data__eci, name="" + (name_prefix or "data") + ".eci", definition={'type': 'string', 'minLength': 1, 'maxLength': 2, 'description': 'Electronic commerce indicator (authentication outcome).', 'example': '07'}, rule='type')
            if isinstance(data__eci, str):
                data__eci_len = len(data__eci)
                if data__eci_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".eci must be longer than or equal to 1 characters", value=data__eci, name="" + (name_prefix or "data") + ".eci", definition={'type': 'string', 'minLength': 1, 'maxLength': 2, 'description': 'Electronic commerce indicator (authentication outcome).', 'example': '07'}, rule='minLength')
                if data__eci_len > 2:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".eci must be shorter than or equal to 2 characters", value=data__eci, name="" + (name_prefix or "data") + ".eci", definition={'type': 'string', 'minLength': 1, 'maxLength': 2, 'description': 'Electronic commerce indicator (authentication outcome).', 'example': '07'}, rule='maxLength')
        if "card_meta_data" in data_keys:
            data_keys.remove("card_meta_data")
            data__cardmetadata = data["card_meta_data"]
            validate___components_schemas_applepaycardmetadata(data__cardmetadata, custom_formats, (name_prefix or "data") + ".card_meta_data")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'What the merchant decrypted from the Apple Pay payment token.', 'required': ['token', 'expiration_month', 'expiration_year', 'cryptogram'], 'additionalProperties': False, 'properties': {'token': {'type': 'string', 'minLength': 1, 'pattern': "^[A-Za-z0-9./\\\\_,()'-]+$", 'description': "The device card number (token); letters, digits and . / \\ - _ , ( ) '.", 'example': '4111111111111111'}, 'expiration_month': {'type': 'string', 'pattern': '^(0[1-9]|1[0-2])$', 'description': 'Token expiry month, two digits.', 'example': '12'}, 'expiration_year': {'type': 'string', 'pattern': '^[0-9]{4}$', 'description': 'Token expiry year, four digits.', 'example': '2027'}, 'cryptogram': {'type': 'string', 'minLength': 1, 'description': 'The online payment cryptogram from the token.', 'example': 'AgAAAAAABk4DWZ4C28yUQAAAAAA='}, 'cavv': {'type': 'string', 'minLength': 1, 'description': 'Authentication value; needed for Mastercard.', 'example': 'AAABBJg0VhI0VniQEjRWAAAAAAA='}, 'eci': {'type': 'string', 'minLength': 1, 'maxLength': 2, 'description': 'Electronic commerce indicator (authentication outcome).', 'example': '07'}, 'card_meta_data': {'type': 'object', 'description': 'The card behind the Apple Pay token.', 'required': ['card_type', 'network_name'], 'additionalProperties': False, 'properties': {'card_type': {'type': 'string', 'description': "The card's type.", 'enum': ['CREDIT', 'DEBIT', 'PREPAID'], 'example': 'CREDIT'}, 'network_name': {'type': 'string', 'description': "The card's network.", 'enum': ['VISA', 'MASTERCARD', 'RUPAY', 'AMEX'], 'example': 'VISA'}}}}}, rule='additionalProperties')
    return data

def validate___components_schemas_applepaycardmetadata(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'The card behind the Apple Pay token.', 'required': ['card_type', 'network_name'], 'additionalProperties': False, 'properties': {'card_type': {'type': 'string', 'description': "The card's type.", 'enum': ['CREDIT', 'DEBIT', 'PREPAID'], 'example': 'CREDIT'}, 'network_name': {'type': 'string', 'description': "The card's network.", 'enum': ['VISA', 'MASTERCARD', 'RUPAY', 'AMEX'], 'example': 'VISA'}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['card_type', 'network_name']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'The card behind the Apple Pay token.', 'required': ['card_type', 'network_name'], 'additionalProperties': False, 'properties': {'card_type': {'type': 'string', 'description': "The card's type.", 'enum': ['CREDIT', 'DEBIT', 'PREPAID'], 'example': 'CREDIT'}, 'network_name': {'type': 'string', 'description': "The card's network.", 'enum': ['VISA', 'MASTERCARD', 'RUPAY', 'AMEX'], 'example': 'VISA'}}}, rule='required')
        data_keys = set(data.keys())
        if "card_type" in data_keys:
            data_keys.remove("card_type")
            data__cardtype = data["card_type"]
            if not isinstance(data__cardtype, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".card_type must be string", value=data__cardtype, name="" + (name_prefix or "data") + ".card_type", definition={'type': 'string', 'description': "The card's type.", 'enum': ['CREDIT', 'DEBIT', 'PREPAID'], 'example': 'CREDIT'}, rule='type')
            if not (isinstance(data__cardtype, str) and data__cardtype == 'CREDIT' or isinstance(data__cardtype, str) and data__cardtype == 'DEBIT' or isinstance(data__cardtype, str) and data__cardtype == 'PREPAID'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".card_type must be one of ['CREDIT', 'DEBIT', 'PREPAID']", value=data__cardtype, name="" + (name_prefix or "data") + ".card_type", definition={'type': 'string', 'description': "The card's type.", 'enum': ['CREDIT', 'DEBIT', 'PREPAID'], 'example': 'CREDIT'}, rule='enum')
        if "network_name" in data_keys:
            data_keys.remove("network_name")
            data__networkname = data["network_name"]
            if not isinstance(data__networkname, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".network_name must be string", value=data__networkname, name="" + (name_prefix or "data") + ".network_name", definition={'type': 'string', 'description': "The card's network.", 'enum': ['VISA', 'MASTERCARD', 'RUPAY', 'AMEX'], 'example': 'VISA'}, rule='type')
            if not (isinstance(data__networkname, str) and data__networkname == 'VISA' or isinstance(data__networkname, str) and data__networkname == 'MASTERCARD' or isinstance(data__networkname, str) and data__networkname == 'RUPAY' or isinstance(data__networkname, str) and data__networkname == 'AMEX'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".network_name must be one of ['VISA', 'MASTERCARD', 'RUPAY', 'AMEX']", value=data__networkname, name="" + (name_prefix or "data") + ".network_name", definition={'type': 'string', 'description': "The card's network.", 'enum': ['VISA', 'MASTERCARD', 'RUPAY', 'AMEX'], 'example': 'VISA'}, rule='enum')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'The card behind the Apple Pay token.', 'required': ['card_type', 'network_name'], 'additionalProperties': False, 'properties': {'card_type': {'type': 'string', 'description': "The card's type.", 'enum': ['CREDIT', 'DEBIT', 'PREPAID'], 'example': 'CREDIT'}, 'network_name': {'type': 'string', 'description': "The card's network.", 'enum': ['VISA', 'MASTERCARD', 'RUPAY', 'AMEX'], 'example': 'VISA'}}}, rule='additionalProperties')
    return data
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
    validate___components_schemas_generatecardtokenrequest(data, custom_formats, (name_prefix or "data") + "")
    return data

def validate___components_schemas_generatecardtokenrequest(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'A card to tokenize for a customer profile.', 'required': ['customer_id', 'merchant_token_reference', 'payment_method'], 'additionalProperties': False, 'properties': {'customer_id': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9_-]+$', 'description': "Plural's id of the customer the token belongs to.", 'example': 'cust-v1-0811030624-aa-RBDgpR'}, 'merchant_token_reference': {'type': 'string', 'description': "A merchant's own reference, 1 to 50 of letters, digits, `_` and `-`. Plural's idempotency key for the resource it names.", 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9_-]+$', 'example': 'f4548bbf-a029-43d3-9209-e3385c80b1e9'}, 'payment_method': {'type': 'string', 'description': 'What is tokenized; Plural tokenizes cards only.', 'enum': ['CARD'], 'example': 'CARD'}, 'payment_option': {'type': 'object', 'description': 'The card to tokenize.', 'additionalProperties': False, 'properties': {'encrypted_card_details': {'type': 'string', 'minLength': 1, 'description': "The card's details, encrypted as Plural's onboarding describes.", 'example': 'eyJhbGciOiJSU0EtT0FFUC0yNTYiLCJlbmMiOiJBMjU2R0NNIn0.kDk5Q2Vx'}}}, 'payment': {'type': 'object', 'description': 'The payment that authenticated the card.', 'additionalProperties': False, 'properties': {'acquirer_data': {'$ref': '#/components/schemas/CardTokenAcquirerData'}}}, 'merchant_metadata': {'type': 'object', 'description': "Up to 10 key-value pairs of the merchant's own, each value at most 256 characters.", 'maxProperties': 10, 'additionalProperties': {'type': 'string', 'maxLength': 256}, 'example': {'key1': 'DD', 'key2': 'XOF'}}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['customer_id', 'merchant_token_reference', 'payment_method']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'A card to tokenize for a customer profile.', 'required': ['customer_id', 'merchant_token_reference', 'payment_method'], 'additionalProperties': False, 'properties': {'customer_id': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9_-]+$', 'description': "Plural's id of the customer the token belongs to.", 'example': 'cust-v1-0811030624-aa-RBDgpR'}, 'merchant_token_reference': {'type': 'string', 'description': "A merchant's own reference, 1 to 50 of letters, digits, `_` and `-`. Plural's idempotency key for the resource it names.", 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9_-]+$', 'example': 'f4548bbf-a029-43d3-9209-e3385c80b1e9'}, 'payment_method': {'type': 'string', 'description': 'What is tokenized; Plural tokenizes cards only.', 'enum': ['CARD'], 'example': 'CARD'}, 'payment_option': {'type': 'object', 'description': 'The card to tokenize.', 'additionalProperties': False, 'properties': {'encrypted_card_details': {'type': 'string', 'minLength': 1, 'description': "The card's details, encrypted as Plural's onboarding describes.", 'example': 'eyJhbGciOiJSU0EtT0FFUC0yNTYiLCJlbmMiOiJBMjU2R0NNIn0.kDk5Q2Vx'}}}, 'payment': {'type': 'object', 'description': 'The payment that authenticated the card.', 'additionalProperties': False, 'properties': {'acquirer_data': {'$ref': '#/components/schemas/CardTokenAcquirerData'}}}, 'merchant_metadata': {'type': 'object', 'description': "Up to 10 key-value pairs of the merchant's own, each value at most 256 characters.", 'maxProperties': 10, 'additionalProperties': {'type': 'string', 'maxLength': 256}, 'example': {'key1': 'DD', 'key2': 'XOF'}}}}, rule='required')
        data_keys = set(data.keys())
        if "customer_id" in data_keys:
            data_keys.remove("customer_id")
            data__customerid = data["customer_id"]
            if not isinstance(data__customerid, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".customer_id must be string", value=data__customerid, name="" + (name_prefix or "data") + ".customer_id", definition={'type': 'string', 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9_-]+$', 'description': "Plural's id of the customer the token belongs to.", 'example': 'cust-v1-0811030624-aa-RBDgpR'}, rule='type')
            if isinstance(data__customerid, str):
                data__customerid_len = len(data__customerid)
                if data__customerid_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".customer_id must be longer than or equal to 1 characters", value=data__customerid, name="" + (name_prefix or "data") + ".customer_id", definition={'type': 'string', 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9_-]+$', 'description': "Plural's id of the customer the token belongs to.", 'example': 'cust-v1-0811030624-aa-RBDgpR'}, rule='minLength')
                if data__customerid_len > 50:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".customer_id must be shorter than or equal to 50 characters", value=data__customerid, name="" + (name_prefix or "data") + ".customer_id", definition={'type': 'string', 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9_-]+$', 'description': "Plural's id of the customer the token belongs to.", 'example': 'cust-v1-0811030624-aa-RBDgpR'}, rule='maxLength')
                if not REGEX_PATTERNS['^[A-Za-z0-9_-]+$'].search(data__customerid):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".customer_id must match pattern ^[A-Za-z0-9_-]+$", value=data__customerid, name="" + (name_prefix or "data") + ".customer_id", definition={'type': 'string', 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9_-]+$', 'description': "Plural's id of the customer the token belongs to.", 'example': 'cust-v1-0811030624-aa-RBDgpR'}, rule='pattern')
        if "merchant_token_reference" in data_keys:
            data_keys.remove("merchant_token_reference")
            data__merchanttokenreference = data["merchant_token_reference"]
            validate___components_schemas_merchantreference(data__merchanttokenreference, custom_formats, (name_prefix or "data") + ".merchant_token_reference")
        if "payment_method" in data_keys:
            data_keys.remove("payment_method")
            data__paymentmethod = data["payment_method"]
            if not isinstance(data__paymentmethod, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".payment_method must be string", value=data__paymentmethod, name="" + (name_prefix or "data") + ".payment_method", definition={'type': 'string', 'description': 'What is tokenized; Plural tokenizes cards only.', 'enum': ['CARD'], 'example': 'CARD'}, rule='type')
            if not (isinstance(data__paymentmethod, str) and data__paymentmethod == 'CARD'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".payment_method must be one of ['CARD']", value=data__paymentmethod, name="" + (name_prefix or "data") + ".payment_method", definition={'type': 'string', 'description': 'What is tokenized; Plural tokenizes cards only.', 'enum': ['CARD'], 'example': 'CARD'}, rule='enum')
        if "payment_option" in data_keys:
            data_keys.remove("payment_option")
            data__paymentoption = data["payment_option"]
            validate___components_schemas_cardtokenpaymentoption(data__paymentoption, custom_formats, (name_prefix or "data") + ".payment_option")
        if "payment" in data_keys:
            data_keys.remove("payment")
            data__payment = data["payment"]
            validate___components_schemas_cardtokenpayment(data__payment, custom_formats, (name_prefix or "data") + ".payment")
        if "merchant_metadata" in data_keys:
            data_keys.remove("merchant_metadata")
            data__merchantmetadata = data["merchant_metadata"]
            validate___components_schemas_merchantmetadata(data__merchantmetadata, custom_formats, (name_prefix or "data") + ".merchant_metadata")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'A card to tokenize for a customer profile.', 'required': ['customer_id', 'merchant_token_reference', 'payment_method'], 'additionalProperties': False, 'properties': {'customer_id': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9_-]+$', 'description': "Plural's id of the customer the token belongs to.", 'example': 'cust-v1-0811030624-aa-RBDgpR'}, 'merchant_token_reference': {'type': 'string', 'description': "A merchant's own reference, 1 to 50 of letters, digits, `_` and `-`. Plural's idempotency key for the resource it names.", 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9_-]+$', 'example': 'f4548bbf-a029-43d3-9209-e3385c80b1e9'}, 'payment_method': {'type': 'string', 'description': 'What is tokenized; Plural tokenizes cards only.', 'enum': ['CARD'], 'example': 'CARD'}, 'payment_option': {'type': 'object', 'description': 'The card to tokenize.', 'additionalProperties': False, 'properties': {'encrypted_card_details': {'type': 'string', 'minLength': 1, 'description': "The card's details, encrypted as Plural's onboarding describes.", 'example': 'eyJhbGciOiJSU0EtT0FFUC0yNTYiLCJlbmMiOiJBMjU2R0NNIn0.kDk5Q2Vx'}}}, 'payment': {'type': 'object', 'description': 'The payment that authenticated the card.', 'additionalProperties': False, 'properties': {'acquirer_data': {'$ref': '#/components/schemas/CardTokenAcquirerData'}}}, 'merchant_metadata': {'type': 'object', 'description': "Up to 10 key-value pairs of the merchant's own, each value at most 256 characters.", 'maxProperties': 10, 'additionalProperties': {'type': 'string', 'maxLength': 256}, 'example': {'key1': 'DD', 'key2': 'XOF'}}}}, rule='additionalProperties')
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

def validate___components_schemas_cardtokenpayment(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'The payment that authenticated the card.', 'additionalProperties': False, 'properties': {'acquirer_data': {'type': 'object', 'description': "The acquirer's references of the payment that authenticated the card.", 'additionalProperties': False, 'properties': {'approval_code': {'type': 'string', 'description': 'Authorization code of the payment.', 'example': '030376'}, 'acquirer_reference': {'type': 'string', 'description': "The acquirer's reference of the payment.", 'example': '202455840588334'}, 'rrn': {'type': 'string', 'description': 'Retrieval reference number of the payment.', 'example': '419335023601'}, 'auth_reference': {'type': 'string', 'description': 'Reference linking the authorization to the payment; required for RuPay cards.', 'example': 'AUTH12345678'}}}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "acquirer_data" in data_keys:
            data_keys.remove("acquirer_data")
            data__acquirerdata = data["acquirer_data"]
            validate___components_schemas_cardtokenacquirerdata(data__acquirerdata, custom_formats, (name_prefix or "data") + ".acquirer_data")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'The payment that authenticated the card.', 'additionalProperties': False, 'properties': {'acquirer_data': {'type': 'object', 'description': "The acquirer's references of the payment that authenticated the card.", 'additionalProperties': False, 'properties': {'approval_code': {'type': 'string', 'description': 'Authorization code of the payment.', 'example': '030376'}, 'acquirer_reference': {'type': 'string', 'description': "The acquirer's reference of the payment.", 'example': '202455840588334'}, 'rrn': {'type': 'string', 'description': 'Retrieval reference number of the payment.', 'example': '419335023601'}, 'auth_reference': {'type': 'string', 'description': 'Reference linking the authorization to the payment; required for RuPay cards.', 'example': 'AUTH12345678'}}}}}, rule='additionalProperties')
    return data

def validate___components_schemas_cardtokenacquirerdata(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': "The acquirer's references of the payment that authenticated the card.", 'additionalProperties': False, 'properties': {'approval_code': {'type': 'string', 'description': 'Authorization code of the payment.', 'example': '030376'}, 'acquirer_reference': {'type': 'string', 'description': "The acquirer's reference of the payment.", 'example': '202455840588334'}, 'rrn': {'type': 'string', 'description': 'Retrieval reference number of the payment.', 'example': '419335023601'}, 'auth_reference': {'type': 'string', 'description': 'Reference linking the authorization to the payment; required for RuPay cards.', 'example': 'AUTH12345678'}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "approval_code" in data_keys:
            data_keys.remove("approval_code")
            data__approvalcode = data["approval_code"]
            if not isinstance(data__approvalcode, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".approval_code must be string", value=data__approvalcode, name="" + (name_prefix or "data") + ".approval_code", definition={'type': 'string', 'description': 'Authorization code of the payment.', 'example': '030376'}, rule='type')
        if "acquirer_reference" in data_keys:
            data_keys.remove("acquirer_reference")
            data__acquirerreference = data["acquirer_reference"]
            if not isinstance(data__acquirerreference, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".acquirer_reference must be string", value=data__acquirerreference, name="" + (name_prefix or "data") + ".acquirer_reference", definition={'type': 'string', 'description': "The acquirer's reference of the payment.", 'example': '202455840588334'}, rule='type')
        if "rrn" in data_keys:
            data_keys.remove("rrn")
            data__rrn = data["rrn"]
            if not isinstance(data__rrn, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".rrn must be string", value=data__rrn, name="" + (name_prefix or "data") + ".rrn", definition={'type': 'string', 'description': 'Retrieval reference number of the payment.', 'example': '419335023601'}, rule='type')
        if "auth_reference" in data_keys:
            data_keys.remove("auth_reference")
            data__authreference = data["auth_reference"]
            if not isinstance(data__authreference, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".auth_reference must be string", value=data__authreference, name="" + (name_prefix or "data") + ".auth_reference", definition={'type': 'string', 'description': 'Reference linking the authorization to the payment; required for RuPay cards.', 'example': 'AUTH12345678'}, rule='type')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': "The acquirer's references of the payment that authenticated the card.", 'additionalProperties': False, 'properties': {'approval_code': {'type': 'string', 'description': 'Authorization code of the payment.', 'example': '030376'}, 'acquirer_reference': {'type': 'string', 'description': "The acquirer's reference of the payment.", 'example': '202455840588334'}, 'rrn': {'type': 'string', 'description': 'Retrieval reference number of the payment.', 'example': '419335023601'}, 'auth_reference': {'type': 'string', 'description': 'Reference linking the authorization to the payment; required for RuPay cards.', 'example': 'AUTH12345678'}}}, rule='additionalProperties')
    return data

def validate___components_schemas_cardtokenpaymentoption(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'The card to tokenize.', 'additionalProperties': False, 'properties': {'encrypted_card_details': {'type': 'string', 'minLength': 1, 'description': "The card's details, encrypted as Plural's onboarding describes.", 'example': 'eyJhbGciOiJSU0EtT0FFUC0yNTYiLCJlbmMiOiJBMjU2R0NNIn0.kDk5Q2Vx'}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "encrypted_card_details" in data_keys:
            data_keys.remove("encrypted_card_details")
            data__encryptedcarddetails = data["encrypted_card_details"]
            if not isinstance(data__encryptedcarddetails, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".encrypted_card_details must be string", value=data__encryptedcarddetails, name="" + (name_prefix or "data") + ".encrypted_card_details", definition={'type': 'string', 'minLength': 1, 'description': "The card's details, encrypted as Plural's onboarding describes.", 'example': 'eyJhbGciOiJSU0EtT0FFUC0yNTYiLCJlbmMiOiJBMjU2R0NNIn0.kDk5Q2Vx'}, rule='type')
            if isinstance(data__encryptedcarddetails, str):
                data__encryptedcarddetails_len = len(data__encryptedcarddetails)
                if data__encryptedcarddetails_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".encrypted_card_details must be longer than or equal to 1 characters", value=data__encryptedcarddetails, name="" + (name_prefix or "data") + ".encrypted_card_details", definition={'type': 'string', 'minLength': 1, 'description': "The card's details, encrypted as Plural's onboarding describes.", 'example': 'eyJhbGciOiJSU0EtT0FFUC0yNTYiLCJlbmMiOiJBMjU2R0NNIn0.kDk5Q2Vx'}, rule='minLength')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'The card to tokenize.', 'additionalProperties': False, 'properties': {'encrypted_card_details': {'type': 'string', 'minLength': 1, 'description': "The card's details, encrypted as Plural's onboarding describes.", 'example': 'eyJhbGciOiJSU0EtT0FFUC0yNTYiLCJlbmMiOiJBMjU2R0NNIn0.kDk5Q2Vx'}}}, rule='additionalProperties')
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
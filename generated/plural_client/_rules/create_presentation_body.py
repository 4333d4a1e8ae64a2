# Written by `make generate` (scripts/compile_rules.py) from the spec: do not edit.
VERSION = "2.22.3"
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


REGEX_PATTERNS = {
    'date-time_re_pattern': re.compile('^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)(t|T)(?:[01]\\d|2[0-3]):[0-5]\\d:(?:[0-5]\\d|60)(?:\\.\\d+)?(?:[+-](?:[01]\\d|2[0-3]):[0-5]\\d|[+-](?:[01]\\d|2[0-3])[0-5]\\d|z|Z)\\Z'),
    '^[A-Za-z0-9_-]+$': re.compile('^[A-Za-z0-9_-]+\\Z'),
    '^[A-Z]{3}$': re.compile('^[A-Z]{3}\\Z'),
    '^[A-Za-z0-9._-]+$': re.compile('^[A-Za-z0-9._-]+\\Z')
}

NoneType = type(None)

def validate(data, custom_formats={}, name_prefix=None):
    validate___components_x_plural_request(data, custom_formats, (name_prefix or "data") + "")
    return data

def validate___components_x_plural_request(data, custom_formats={}, name_prefix=None):
    validate___components_schemas_createpresentationrequest(data, custom_formats, (name_prefix or "data") + "")
    return data

def validate___components_schemas_createpresentationrequest(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'A debit request against a subscription.', 'additionalProperties': False, 'properties': {'subscription_id': {'type': 'string', 'description': 'An id Plural gave a plan, subscription or presentation; 1 to 50 letters, digits, `.`, `_` or `-`.', 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9._-]+$'}, 'due_date': {'type': 'string', 'format': 'date-time', 'description': 'When the debit is due (ISO-8601 UTC).', 'example': '2025-07-05T06:00:00.000Z'}, 'amount': {'type': 'object', 'description': "An amount of money in the currency's smallest unit (paise for INR).", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 100, 'maximum': 100000000, 'description': 'Amount in paise, from 100 (1 rupee) to 100000000 (10 lakh rupees).', 'example': 1100}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code; Plural accepts INR.', 'example': 'INR'}}, 'additionalProperties': False}, 'merchant_presentation_reference': {'type': 'string', 'description': "A merchant's own reference, 1 to 50 of letters, digits, `_` and `-`. Plural's idempotency key for the resource it names.", 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9_-]+$', 'example': 'f4548bbf-a029-43d3-9209-e3385c80b1e9'}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "subscription_id" in data_keys:
            data_keys.remove("subscription_id")
            data__subscriptionid = data["subscription_id"]
            validate___components_schemas_subscriptionentityid(data__subscriptionid, custom_formats, (name_prefix or "data") + ".subscription_id")
        if "due_date" in data_keys:
            data_keys.remove("due_date")
            data__duedate = data["due_date"]
            if not isinstance(data__duedate, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".due_date must be string", value=data__duedate, name="" + (name_prefix or "data") + ".due_date", definition={'type': 'string', 'format': 'date-time', 'description': 'When the debit is due (ISO-8601 UTC).', 'example': '2025-07-05T06:00:00.000Z'}, rule='type')
            if isinstance(data__duedate, str):
                if not REGEX_PATTERNS["date-time_re_pattern"].match(data__duedate):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".due_date must be date-time", value=data__duedate, name="" + (name_prefix or "data") + ".due_date", definition={'type': 'string', 'format': 'date-time', 'description': 'When the debit is due (ISO-8601 UTC).', 'example': '2025-07-05T06:00:00.000Z'}, rule='format')
        if "amount" in data_keys:
            data_keys.remove("amount")
            data__amount = data["amount"]
            validate___components_schemas_amount(data__amount, custom_formats, (name_prefix or "data") + ".amount")
        if "merchant_presentation_reference" in data_keys:
            data_keys.remove("merchant_presentation_reference")
            data__merchantpresentationreference = data["merchant_presentation_reference"]
            validate___components_schemas_merchantreference(data__merchantpresentationreference, custom_formats, (name_prefix or "data") + ".merchant_presentation_reference")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'A debit request against a subscription.', 'additionalProperties': False, 'properties': {'subscription_id': {'type': 'string', 'description': 'An id Plural gave a plan, subscription or presentation; 1 to 50 letters, digits, `.`, `_` or `-`.', 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9._-]+$'}, 'due_date': {'type': 'string', 'format': 'date-time', 'description': 'When the debit is due (ISO-8601 UTC).', 'example': '2025-07-05T06:00:00.000Z'}, 'amount': {'type': 'object', 'description': "An amount of money in the currency's smallest unit (paise for INR).", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 100, 'maximum': 100000000, 'description': 'Amount in paise, from 100 (1 rupee) to 100000000 (10 lakh rupees).', 'example': 1100}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code; Plural accepts INR.', 'example': 'INR'}}, 'additionalProperties': False}, 'merchant_presentation_reference': {'type': 'string', 'description': "A merchant's own reference, 1 to 50 of letters, digits, `_` and `-`. Plural's idempotency key for the resource it names.", 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9_-]+$', 'example': 'f4548bbf-a029-43d3-9209-e3385c80b1e9'}}}, rule='additionalProperties')
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
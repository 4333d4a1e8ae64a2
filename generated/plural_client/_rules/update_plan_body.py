# Written by `make generate` (scripts/compile_rules.py) from the spec: do not edit.
VERSION = "2.22.3"
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


REGEX_PATTERNS = {
    'date-time_re_pattern': re.compile('^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)(t|T)(?:[01]\\d|2[0-3]):[0-5]\\d:(?:[0-5]\\d|60)(?:\\.\\d+)?(?:[+-](?:[01]\\d|2[0-3]):[0-5]\\d|[+-](?:[01]\\d|2[0-3])[0-5]\\d|z|Z)\\Z'),
    '^[A-Z]{3}$': re.compile('^[A-Z]{3}\\Z')
}

NoneType = type(None)

def validate(data, custom_formats={}, name_prefix=None):
    validate___components_x_plural_request(data, custom_formats, (name_prefix or "data") + "")
    return data

def validate___components_x_plural_request(data, custom_formats={}, name_prefix=None):
    validate___components_schemas_updateplanrequest(data, custom_formats, (name_prefix or "data") + "")
    return data

def validate___components_schemas_updateplanrequest(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'The plan fields to change; fields left out keep their values.', 'additionalProperties': False, 'properties': {'plan_name': {'type': 'string', 'minLength': 1, 'maxLength': 100, 'description': "The plan's new name.", 'example': 'Gold Monthly Plan 2025'}, 'plan_description': {'type': 'string', 'maxLength': 500, 'description': 'The new description.', 'example': 'Monthly Gold membership with free delivery and offers'}, 'amount': {'type': 'object', 'description': "An amount of money in the currency's smallest unit (paise for INR).", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 100, 'maximum': 100000000, 'description': 'Amount in paise, from 100 (1 rupee) to 100000000 (10 lakh rupees).', 'example': 1100}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code; Plural accepts INR.', 'example': 'INR'}}, 'additionalProperties': False}, 'max_limit_amount': {'type': 'object', 'description': "An amount of money in the currency's smallest unit (paise for INR).", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 100, 'maximum': 100000000, 'description': 'Amount in paise, from 100 (1 rupee) to 100000000 (10 lakh rupees).', 'example': 1100}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code; Plural accepts INR.', 'example': 'INR'}}, 'additionalProperties': False}, 'trial_period_in_days': {'type': 'integer', 'minimum': 0, 'description': 'New free trial length in days.', 'example': 14}, 'end_date': {'type': 'string', 'format': 'date-time', 'description': 'New expiry (ISO-8601 UTC).', 'example': '2026-12-31T23:59:59.000Z'}, 'merchant_metadata': {'type': 'object', 'description': "Up to 10 key-value pairs of the merchant's own, each value at most 256 characters.", 'maxProperties': 10, 'additionalProperties': {'type': 'string', 'maxLength': 256}, 'example': {'key1': 'DD', 'key2': 'XOF'}}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "plan_name" in data_keys:
            data_keys.remove("plan_name")
            data__planname = data["plan_name"]
            if not isinstance(data__planname, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".plan_name must be string", value=data__planname, name="" + (name_prefix or "data") + ".plan_name", definition={'type': 'string', 'minLength': 1, 'maxLength': 100, 'description': "The plan's new name.", 'example': 'Gold Monthly Plan 2025'}, rule='type')
            if isinstance(data__planname, str):
                data__planname_len = len(data__planname)
                if data__planname_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".plan_name must be longer than or equal to 1 characters", value=data__planname, name="" + (name_prefix or "data") + ".plan_name", definition={'type': 'string', 'minLength': 1, 'maxLength': 100, 'description': "The plan's new name.", 'example': 'Gold Monthly Plan 2025'}, rule='minLength')
                if data__planname_len > 100:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".plan_name must be shorter than or equal to 100 characters", value=data__planname, name="" + (name_prefix or "data") + ".plan_name", definition={'type': 'string', 'minLength': 1, 'maxLength': 100, 'description': "The plan's new name.", 'example': 'Gold Monthly Plan 2025'}, rule='maxLength')
        if "plan_description" in data_keys:
            data_keys.remove("plan_description")
            data__plandescription = data["plan_description"]
            if not isinstance(data__plandescription, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".plan_description must be string", value=data__plandescription, name="" + (name_prefix or "data") + ".plan_description", definition={'type': 'string', 'maxLength': 500, 'description': 'The new description.', 'example': 'Monthly Gold membership with free delivery and offers'}, rule='type')
            if isinstance(data__plandescription, str):
                data__plandescription_len = len(data__plandescription)
                if data__plandescription_len > 500:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".plan_description must be shorter than or equal to 500 characters", value=data__plandescription, name="" + (name_prefix or "data") + ".plan_description", definition={'type': 'string', 'maxLength': 500, 'description': 'The new description.', 'example': 'Monthly Gold membership with free delivery and offers'}, rule='maxLength')
        if "amount" in data_keys:
            data_keys.remove("amount")
            data__amount = data["amount"]
            validate___components_schemas_amount(data__amount, custom_formats, (name_prefix or "data") + ".amount")
        if "max_limit_amount" in data_keys:
            data_keys.remove("max_limit_amount")
            data__maxlimitamount = data["max_limit_amount"]
            validate___components_schemas_amount(data__maxlimitamount, custom_formats, (name_prefix or "data") + ".max_limit_amount")
        if "trial_period_in_days" in data_keys:
            data_keys.remove("trial_period_in_days")
            data__trialperiodindays = data["trial_period_in_days"]
            if not isinstance(data__trialperiodindays, (int)) or isinstance(data__trialperiodindays, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".trial_period_in_days must be integer", value=data__trialperiodindays, name="" + (name_prefix or "data") + ".trial_period_in_days", definition={'type': 'integer', 'minimum': 0, 'description': 'New free trial length in days.', 'example': 14}, rule='type')
            if isinstance(data__trialperiodindays, (int, float, Decimal)) and not isinstance(data__trialperiodindays, bool):
                if data__trialperiodindays < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".trial_period_in_days must be bigger than or equal to 0", value=data__trialperiodindays, name="" + (name_prefix or "data") + ".trial_period_in_days", definition={'type': 'integer', 'minimum': 0, 'description': 'New free trial length in days.', 'example': 14}, rule='minimum')
        if "end_date" in data_keys:
            data_keys.remove("end_date")
            data__enddate = data["end_date"]
            if not isinstance(data__enddate, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".end_date must be string", value=data__enddate, name="" + (name_prefix or "data") + ".end_date", definition={'type': 'string', 'format': 'date-time', 'description': 'New expiry (ISO-8601 UTC).', 'example': '2026-12-31T23:59:59.000Z'}, rule='type')
            if isinstance(data__enddate, str):
                if not REGEX_PATTERNS["date-time_re_pattern"].match(data__enddate):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".end_date must be date-time", value=data__enddate, name="" + (name_prefix or "data") + ".end_date", definition={'type': 'string', 'format': 'date-time', 'description': 'New expiry (ISO-8601 UTC).', 'example': '2026-12-31T23:59:59.000Z'}, rule='format')
        if "merchant_metadata" in data_keys:
            data_keys.remove("merchant_metadata")
            data__merchantmetadata = data["merchant_metadata"]
            validate___components_schemas_merchantmetadata(data__merchantmetadata, custom_formats, (name_prefix or "data") + ".merchant_metadata")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'The plan fields to change; fields left out keep their values.', 'additionalProperties': False, 'properties': {'plan_name': {'type': 'string', 'minLength': 1, 'maxLength': 100, 'description': "The plan's new name.", 'example': 'Gold Monthly Plan 2025'}, 'plan_description': {'type': 'string', 'maxLength': 500, 'description': 'The new description.', 'example': 'Monthly Gold membership with free delivery and offers'}, 'amount': {'type': 'object', 'description': "An amount of money in the currency's smallest unit (paise for INR).", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 100, 'maximum': 100000000, 'description': 'Amount in paise, from 100 (1 rupee) to 100000000 (10 lakh rupees).', 'example': 1100}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code; Plural accepts INR.', 'example': 'INR'}}, 'additionalProperties': False}, 'max_limit_amount': {'type': 'object', 'description': "An amount of money in the currency's smallest unit (paise for INR).", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 100, 'maximum': 100000000, 'description': 'Amount in paise, from 100 (1 rupee) to 100000000 (10 lakh rupees).', 'example': 1100}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code; Plural accepts INR.', 'example': 'INR'}}, 'additionalProperties': False}, 'trial_period_in_days': {'type': 'integer', 'minimum': 0, 'description': 'New free trial length in days.', 'example': 14}, 'end_date': {'type': 'string', 'format': 'date-time', 'description': 'New expiry (ISO-8601 UTC).', 'example': '2026-12-31T23:59:59.000Z'}, 'merchant_metadata': {'type': 'object', 'description': "Up to 10 key-value pairs of the merchant's own, each value at most 256 characters.", 'maxProperties': 10, 'additionalProperties': {'type': 'string', 'maxLength': 256}, 'example': {'key1': 'DD', 'key2': 'XOF'}}}}, rule='additionalProperties')
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
# Written by `make generate` (scripts/compile_rules.py) from the spec: do not edit.
VERSION = "2.22.3"
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


REGEX_PATTERNS = {
    '^[A-Z0-9]{1,10}$': re.compile('^[A-Z0-9]{1,10}\\Z'),
    '^[0-9]{3}$': re.compile('^[0-9]{3}\\Z'),
    '^[0-9]{1,15}$': re.compile('^[0-9]{1,15}\\Z')
}

NoneType = type(None)

def validate(data, custom_formats={}, name_prefix=None):
    validate___components_x_plural_request(data, custom_formats, (name_prefix or "data") + "")
    return data

def validate___components_x_plural_request(data, custom_formats={}, name_prefix=None):
    validate___components_schemas_currencyconversionrequest(data, custom_formats, (name_prefix or "data") + "")
    return data

def validate___components_schemas_currencyconversionrequest(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'An amount to convert between currencies.', 'required': ['bank_code', 'invoice_id', 'source_currency', 'dest_currency', 'transaction_amount'], 'additionalProperties': False, 'properties': {'bank_code': {'type': 'string', 'pattern': '^[A-Z0-9]{1,10}$', 'description': "The converting bank's code, 1 to 10 of A-Z and 0-9.", 'example': 'AXIS'}, 'invoice_id': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "The merchant's invoice reference, echoed back.", 'example': 'INV-20240716-001'}, 'source_currency': {'type': 'string', 'pattern': '^[0-9]{3}$', 'description': 'Numeric ISO 4217 code of the source currency.', 'example': '840'}, 'dest_currency': {'type': 'string', 'pattern': '^[0-9]{3}$', 'description': 'Numeric ISO 4217 code of the destination currency.', 'example': '356'}, 'transaction_amount': {'type': 'string', 'pattern': '^[0-9]{1,15}$', 'description': "The amount to convert in the source currency's minor unit, as digits.", 'example': '100'}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['bank_code', 'invoice_id', 'source_currency', 'dest_currency', 'transaction_amount']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'An amount to convert between currencies.', 'required': ['bank_code', 'invoice_id', 'source_currency', 'dest_currency', 'transaction_amount'], 'additionalProperties': False, 'properties': {'bank_code': {'type': 'string', 'pattern': '^[A-Z0-9]{1,10}$', 'description': "The converting bank's code, 1 to 10 of A-Z and 0-9.", 'example': 'AXIS'}, 'invoice_id': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "The merchant's invoice reference, echoed back.", 'example': 'INV-20240716-001'}, 'source_currency': {'type': 'string', 'pattern': '^[0-9]{3}$', 'description': 'Numeric ISO 4217 code of the source currency.', 'example': '840'}, 'dest_currency': {'type': 'string', 'pattern': '^[0-9]{3}$', 'description': 'Numeric ISO 4217 code of the destination currency.', 'example': '356'}, 'transaction_amount': {'type': 'string', 'pattern': '^[0-9]{1,15}$', 'description': "The amount to convert in the source currency's minor unit, as digits.", 'example': '100'}}}, rule='required')
        data_keys = set(data.keys())
        if "bank_code" in data_keys:
            data_keys.remove("bank_code")
            data__bankcode = data["bank_code"]
            if not isinstance(data__bankcode, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".bank_code must be string", value=data__bankcode, name="" + (name_prefix or "data") + ".bank_code", definition={'type': 'string', 'pattern': '^[A-Z0-9]{1,10}$', 'description': "The converting bank's code, 1 to 10 of A-Z and 0-9.", 'example': 'AXIS'}, rule='type')
            if isinstance(data__bankcode, str):
                if not REGEX_PATTERNS['^[A-Z0-9]{1,10}$'].search(data__bankcode):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".bank_code must match pattern ^[A-Z0-9]{1,10}$", value=data__bankcode, name="" + (name_prefix or "data") + ".bank_code", definition={'type': 'string', 'pattern': '^[A-Z0-9]{1,10}$', 'description': "The converting bank's code, 1 to 10 of A-Z and 0-9.", 'example': 'AXIS'}, rule='pattern')
        if "invoice_id" in data_keys:
            data_keys.remove("invoice_id")
            data__invoiceid = data["invoice_id"]
            if not isinstance(data__invoiceid, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".invoice_id must be string", value=data__invoiceid, name="" + (name_prefix or "data") + ".invoice_id", definition={'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "The merchant's invoice reference, echoed back.", 'example': 'INV-20240716-001'}, rule='type')
            if isinstance(data__invoiceid, str):
                data__invoiceid_len = len(data__invoiceid)
                if data__invoiceid_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".invoice_id must be longer than or equal to 1 characters", value=data__invoiceid, name="" + (name_prefix or "data") + ".invoice_id", definition={'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "The merchant's invoice reference, echoed back.", 'example': 'INV-20240716-001'}, rule='minLength')
                if data__invoiceid_len > 50:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".invoice_id must be shorter than or equal to 50 characters", value=data__invoiceid, name="" + (name_prefix or "data") + ".invoice_id", definition={'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "The merchant's invoice reference, echoed back.", 'example': 'INV-20240716-001'}, rule='maxLength')
        if "source_currency" in data_keys:
            data_keys.remove("source_currency")
            data__sourcecurrency = data["source_currency"]
            if not isinstance(data__sourcecurrency, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".source_currency must be string", value=data__sourcecurrency, name="" + (name_prefix or "data") + ".source_currency", definition={'type': 'string', 'pattern': '^[0-9]{3}$', 'description': 'Numeric ISO 4217 code of the source currency.', 'example': '840'}, rule='type')
            if isinstance(data__sourcecurrency, str):
                if not REGEX_PATTERNS['^[0-9]{3}$'].search(data__sourcecurrency):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".source_currency must match pattern ^[0-9]{3}$", value=data__sourcecurrency, name="" + (name_prefix or "data") + ".source_currency", definition={'type': 'string', 'pattern': '^[0-9]{3}$', 'description': 'Numeric ISO 4217 code of the source currency.', 'example': '840'}, rule='pattern')
        if "dest_currency" in data_keys:
            data_keys.remove("dest_currency")
            data__destcurrency = data["dest_currency"]
            if not isinstance(data__destcurrency, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".dest_currency must be string", value=data__destcurrency, name="" + (name_prefix or "data") + ".dest_currency", definition={'type': 'string', 'pattern': '^[0-9]{3}$', 'description': 'Numeric ISO 4217 code of the destination currency.', 'example': '356'}, rule='type')
            if isinstance(data__destcurrency, str):
                if not REGEX_PATTERNS['^[0-9]{3}$'].search(data__destcurrency):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".dest_currency must match pattern ^[0-9]{3}$", value=data__destcurrency, name="" + (name_prefix or "data") + ".dest_currency", definition={'type': 'string', 'pattern': '^[0-9]{3}$', 'description': 'Numeric ISO 4217 code of the destination currency.', 'example': '356'}, rule='pattern')
        if "transaction_amount" in data_keys:
            data_keys.remove("transaction_amount")
            data__transactionamount = data["transaction_amount"]
            if not isinstance(data__transactionamount, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".transaction_amount must be string", value=data__transactionamount, name="" + (name_prefix or "data") + ".transaction_amount", definition={'type': 'string', 'pattern': '^[0-9]{1,15}$', 'description': "The amount to convert in the source currency's minor unit, as digits.", 'example': '100'}, rule='type')
            if isinstance(data__transactionamount, str):
                if not REGEX_PATTERNS['^[0-9]{1,15}$'].search(data__transactionamount):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".transaction_amount must match pattern ^[0-9]{1,15}$", value=data__transactionamount, name="" + (name_prefix or "data") + ".transaction_amount", definition={'type': 'string', 'pattern': '^[0-9]{1,15}$', 'description': "The amount to convert in the source currency's minor unit, as digits.", 'example': '100'}, rule='pattern')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'An amount to convert between currencies.', 'required': ['bank_code', 'invoice_id', 'source_currency', 'dest_currency', 'transaction_amount'], 'additionalProperties': False, 'properties': {'bank_code': {'type': 'string', 'pattern': '^[A-Z0-9]{1,10}$', 'description': "The converting bank's code, 1 to 10 of A-Z and 0-9.", 'example': 'AXIS'}, 'invoice_id': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "The merchant's invoice reference, echoed back.", 'example': 'INV-20240716-001'}, 'source_currency': {'type': 'string', 'pattern': '^[0-9]{3}$', 'description': 'Numeric ISO 4217 code of the source currency.', 'example': '840'}, 'dest_currency': {'type': 'string', 'pattern': '^[0-9]{3}$', 'description': 'Numeric ISO 4217 code of the destination currency.', 'example': '356'}, 'transaction_amount': {'type': 'string', 'pattern': '^[0-9]{1,15}$', 'description': "The amount to convert in the source currency's minor unit, as digits.", 'example': '100'}}}, rule='additionalProperties')
    return data
# Written by `make generate` (scripts/compile_rules.py) from the spec: do not edit.
VERSION = "2.22.3"
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


REGEX_PATTERNS = {
    '^[^\t\n\x0b\x0c\r \xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+$': re.compile('^[^\t\n\x0b\x0c\r \xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+\\Z'),
    'date-time_re_pattern': re.compile('^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)(t|T)(?:[01]\\d|2[0-3]):[0-5]\\d:(?:[0-5]\\d|60)(?:\\.\\d+)?(?:[+-](?:[01]\\d|2[0-3]):[0-5]\\d|[+-](?:[01]\\d|2[0-3])[0-5]\\d|z|Z)\\Z'),
    '^[1-9][0-9]*$': re.compile('^[1-9][0-9]*\\Z')
}

NoneType = type(None)

def validate(data, custom_formats={}, name_prefix=None):
    validate___components_x_plural_request(data, custom_formats, (name_prefix or "data") + "")
    return data

def validate___components_x_plural_request(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'paymentReferenceId': {'type': 'string', 'minLength': 1, 'maxLength': 100}, 'clientReferenceId': {'type': 'string', 'minLength': 1, 'maxLength': 100, 'pattern': '^[^\t\n\x0b\x0c\r \xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+$'}, 'requestReferenceId': {'type': 'string', 'minLength': 1, 'maxLength': 100}, 'bankTransactionReferenceId': {'type': 'string', 'minLength': 1, 'maxLength': 100}, 'mode': {'type': 'string', 'description': 'How a payout is sent; UPI pays a VPA, the others a bank account.', 'enum': ['UPI', 'IMPS', 'NEFT', 'RTGS']}, 'dateFrom': {'type': 'string', 'format': 'date-time'}, 'dateTo': {'type': 'string', 'format': 'date-time'}, 'status': {'type': 'string', 'description': 'Where a payout is: SCHEDULED (received), PENDING (funding account short of\nbalance), PROCESSING (sent to the bank), PROCESSED (done by the bank, not\nyet confirmed), SUCCESS (credited) or FAILED.\n', 'enum': ['SCHEDULED', 'PENDING', 'PROCESSING', 'PROCESSED', 'SUCCESS', 'FAILED']}, 'page': {'type': 'string', 'pattern': '^[1-9][0-9]*$'}, 'count': {'type': 'string', 'pattern': '^[1-9][0-9]*$'}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "paymentReferenceId" in data_keys:
            data_keys.remove("paymentReferenceId")
            data__paymentReferenceId = data["paymentReferenceId"]
            if not isinstance(data__paymentReferenceId, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".paymentReferenceId must be string", value=data__paymentReferenceId, name="" + (name_prefix or "data") + ".paymentReferenceId", definition={'type': 'string', 'minLength': 1, 'maxLength': 100}, rule='type')
            if isinstance(data__paymentReferenceId, str):
                data__paymentReferenceId_len = len(data__paymentReferenceId)
                if data__paymentReferenceId_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".paymentReferenceId must be longer than or equal to 1 characters", value=data__paymentReferenceId, name="" + (name_prefix or "data") + ".paymentReferenceId", definition={'type': 'string', 'minLength': 1, 'maxLength': 100}, rule='minLength')
                if data__paymentReferenceId_len > 100:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".paymentReferenceId must be shorter than or equal to 100 characters", value=data__paymentReferenceId, name="" + (name_prefix or "data") + ".paymentReferenceId", definition={'type': 'string', 'minLength': 1, 'maxLength': 100}, rule='maxLength')
        if "clientReferenceId" in data_keys:
            data_keys.remove("clientReferenceId")
            data__clientReferenceId = data["clientReferenceId"]
            if not isinstance(data__clientReferenceId, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".clientReferenceId must be string", value=data__clientReferenceId, name="" + (name_prefix or "data") + ".clientReferenceId", definition={'type': 'string', 'minLength': 1, 'maxLength': 100, 'pattern': '^[^\t\n\x0b\x0c\r \xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+$'}, rule='type')
            if isinstance(data__clientReferenceId, str):
                data__clientReferenceId_len = len(data__clientReferenceId)
                if data__clientReferenceId_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".clientReferenceId must be longer than or equal to 1 characters", value=data__clientReferenceId, name="" + (name_prefix or "data") + ".clientReferenceId", definition={'type': 'string', 'minLength': 1, 'maxLength': 100, 'pattern': '^[^\t\n\x0b\x0c\r \xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+$'}, rule='minLength')
                if data__clientReferenceId_len > 100:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".clientReferenceId must be shorter than or equal to 100 characters", value=data__clientReferenceId, name="" + (name_prefix or "data") + ".clientReferenceId", definition={'type': 'string', 'minLength': 1, 'maxLength': 100, 'pattern': '^[^\t\n\x0b\x0c\r \xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+$'}, rule='maxLength')
                if not REGEX_PATTERNS['^[^\t\n\x0b\x0c\r \xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+$'].search(data__clientReferenceId):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".clientReferenceId must match pattern ^[^\t\n\x0b\x0c\r \xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+$", value=data__clientReferenceId, name="" + (name_prefix or "data") + ".clientReferenceId", definition={'type': 'string', 'minLength': 1, 'maxLength': 100, 'pattern': '^[^\t\n\x0b\x0c\r \xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+$'}, rule='pattern')
        if "requestReferenceId" in data_keys:
            data_keys.remove("requestReferenceId")
            data__requestReferenceId = data["requestReferenceId"]
            if not isinstance(data__requestReferenceId, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".requestReferenceId must be string", value=data__requestReferenceId, name="" + (name_prefix or "data") + ".requestReferenceId", definition={'type': 'string', 'minLength': 1, 'maxLength': 100}, rule='type')
            if isinstance(data__requestReferenceId, str):
                data__requestReferenceId_len = len(data__requestReferenceId)
                if data__requestReferenceId_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".requestReferenceId must be longer than or equal to 1 characters", value=data__requestReferenceId, name="" + (name_prefix or "data") + ".requestReferenceId", definition={'type': 'string', 'minLength': 1, 'maxLength': 100}, rule='minLength')
                if data__requestReferenceId_len > 100:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".requestReferenceId must be shorter than or equal to 100 characters", value=data__requestReferenceId, name="" + (name_prefix or "data") + ".requestReferenceId", definition={'type': 'string', 'minLength': 1, 'maxLength': 100}, rule='maxLength')
        if "bankTransactionReferenceId" in data_keys:
            data_keys.remove("bankTransactionReferenceId")
            data__bankTransactionReferenceId = data["bankTransactionReferenceId"]
            if not isinstance(data__bankTransactionReferenceId, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".bankTransactionReferenceId must be string", value=data__bankTransactionReferenceId, name="" + (name_prefix or "data") + ".bankTransactionReferenceId", definition={'type': 'string', 'minLength': 1, 'maxLength': 100}, rule='type')
            if isinstance(data__bankTransactionReferenceId, str):
                data__bankTransactionReferenceId_len = len(data__bankTransactionReferenceId)
                if data__bankTransactionReferenceId_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".bankTransactionReferenceId must be longer than or equal to 1 characters", value=data__bankTransactionReferenceId, name="" + (name_prefix or "data") + ".bankTransactionReferenceId", definition={'type': 'string', 'minLength': 1, 'maxLength': 100}, rule='minLength')
                if data__bankTransactionReferenceId_len > 100:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".bankTransactionReferenceId must be shorter than or equal to 100 characters", value=data__bankTransactionReferenceId, name="" + (name_prefix or "data") + ".bankTransactionReferenceId", definition={'type': 'string', 'minLength': 1, 'maxLength': 100}, rule='maxLength')
        if "mode" in data_keys:
            data_keys.remove("mode")
            data__mode = data["mode"]
            validate___components_schemas_payoutmode(data__mode, custom_formats, (name_prefix or "data") + ".mode")
        if "dateFrom" in data_keys:
            data_keys.remove("dateFrom")
            data__dateFrom = data["dateFrom"]
            if not isinstance(data__dateFrom, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".dateFrom must be string", value=data__dateFrom, name="" + (name_prefix or "data") + ".dateFrom", definition={'type': 'string', 'format': 'date-time'}, rule='type')
            if isinstance(data__dateFrom, str):
                if not REGEX_PATTERNS["date-time_re_pattern"].match(data__dateFrom):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".dateFrom must be date-time", value=data__dateFrom, name="" + (name_prefix or "data") + ".dateFrom", definition={'type': 'string', 'format': 'date-time'}, rule='format')
        if "dateTo" in data_keys:
            data_keys.remove("dateTo")
            data__dateTo = data["dateTo"]
            if not isinstance(data__dateTo, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".dateTo must be string", value=data__dateTo, name="" + (name_prefix or "data") + ".dateTo", definition={'type': 'string', 'format': 'date-time'}, rule='type')
            if isinstance(data__dateTo, str):
                if not REGEX_PATTERNS["date-time_re_pattern"].match(data__dateTo):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".dateTo must be date-time", value=data__dateTo, name="" + (name_prefix or "data") + ".dateTo", definition={'type': 'string', 'format': 'date-time'}, rule='format')
        if "status" in data_keys:
            data_keys.remove("status")
            data__status = data["status"]
            validate___components_schemas_payoutstatus(data__status, custom_formats, (name_prefix or "data") + ".status")
        if "page" in data_keys:
            data_keys.remove("page")
            data__page = data["page"]
            if not isinstance(data__page, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".page must be string", value=data__page, name="" + (name_prefix or "data") + ".page", definition={'type': 'string', 'pattern': '^[1-9][0-9]*$'}, rule='type')
            if isinstance(data__page, str):
                if not REGEX_PATTERNS['^[1-9][0-9]*$'].search(data__page):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".page must match pattern ^[1-9][0-9]*$", value=data__page, name="" + (name_prefix or "data") + ".page", definition={'type': 'string', 'pattern': '^[1-9][0-9]*$'}, rule='pattern')
        if "count" in data_keys:
            data_keys.remove("count")
            data__count = data["count"]
            if not isinstance(data__count, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".count must be string", value=data__count, name="" + (name_prefix or "data") + ".count", definition={'type': 'string', 'pattern': '^[1-9][0-9]*$'}, rule='type')
            if isinstance(data__count, str):
                if not REGEX_PATTERNS['^[1-9][0-9]*$'].search(data__count):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".count must match pattern ^[1-9][0-9]*$", value=data__count, name="" + (name_prefix or "data") + ".count", definition={'type': 'string', 'pattern': '^[1-9][0-9]*$'}, rule='pattern')
    return data

def validate___components_schemas_payoutstatus(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'description': 'Where a payout is: SCHEDULED (received), PENDING (funding account short of\nbalance), PROCESSING (sent to the bank), PROCESSED (done by the bank, not\nyet confirmed), SUCCESS (credited) or FAILED.\n', 'enum': ['SCHEDULED', 'PENDING', 'PROCESSING', 'PROCESSED', 'SUCCESS', 'FAILED']}, rule='type')
    if not (isinstance(data, str) and data == 'SCHEDULED' or isinstance(data, str) and data == 'PENDING' or isinstance(data, str) and data == 'PROCESSING' or isinstance(data, str) and data == 'PROCESSED' or isinstance(data, str) and data == 'SUCCESS' or isinstance(data, str) and data == 'FAILED'):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be one of ['SCHEDULED', 'PENDING', 'PROCESSING', 'PROCESSED', 'SUCCESS', 'FAILED']", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'description': 'Where a payout is: SCHEDULED (received), PENDING (funding account short of\nbalance), PROCESSING (sent to the bank), PROCESSED (done by the bank, not\nyet confirmed), SUCCESS (credited) or FAILED.\n', 'enum': ['SCHEDULED', 'PENDING', 'PROCESSING', 'PROCESSED', 'SUCCESS', 'FAILED']}, rule='enum')
    return data

def validate___components_schemas_payoutmode(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'description': 'How a payout is sent; UPI pays a VPA, the others a bank account.', 'enum': ['UPI', 'IMPS', 'NEFT', 'RTGS']}, rule='type')
    if not (isinstance(data, str) and data == 'UPI' or isinstance(data, str) and data == 'IMPS' or isinstance(data, str) and data == 'NEFT' or isinstance(data, str) and data == 'RTGS'):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be one of ['UPI', 'IMPS', 'NEFT', 'RTGS']", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'description': 'How a payout is sent; UPI pays a VPA, the others a bank account.', 'enum': ['UPI', 'IMPS', 'NEFT', 'RTGS']}, rule='enum')
    return data
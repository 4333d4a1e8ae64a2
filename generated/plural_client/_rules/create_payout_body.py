# Written by `make generate` (scripts/compile_rules.py) from the spec: do not edit.
VERSION = "2.22.3"
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


REGEX_PATTERNS = {
    '^[^\t\n\x0b\x0c\r \xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+$': re.compile('^[^\t\n\x0b\x0c\r \xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+\\Z'),
    '^[A-Za-z ]+$': re.compile('^[A-Za-z ]+\\Z'),
    'email_re_pattern': re.compile('^(?!.*\\.\\..*@)[^@.][^@]*(?<!\\.)@[^@]+\\.[^@]+\\Z'),
    '^[0-9]{10}$': re.compile('^[0-9]{10}\\Z'),
    '^[A-Za-z0-9]+$': re.compile('^[A-Za-z0-9]+\\Z'),
    '^[A-Za-z]{4}0[A-Za-z0-9]{6}$': re.compile('^[A-Za-z]{4}0[A-Za-z0-9]{6}\\Z'),
    '^[A-Za-z0-9._-]+@[A-Za-z0-9.-]+$': re.compile('^[A-Za-z0-9._-]+@[A-Za-z0-9.-]+\\Z'),
    '^[A-Za-z0-9 -]+$': re.compile('^[A-Za-z0-9 -]+\\Z'),
    '^[A-Z]{3}$': re.compile('^[A-Z]{3}\\Z')
}

NoneType = type(None)

def validate(data, custom_formats={}, name_prefix=None):
    validate___components_x_plural_request(data, custom_formats, (name_prefix or "data") + "")
    return data

def validate___components_x_plural_request(data, custom_formats={}, name_prefix=None):
    validate___components_schemas_createpayoutrequest(data, custom_formats, (name_prefix or "data") + "")
    return data

def validate___components_schemas_createpayoutrequest(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'One payout; a bank account (accountNumber and branchCode) for IMPS, NEFT and RTGS, a vpa for UPI.', 'required': ['clientReferenceId', 'payeeName', 'amount', 'mode', 'remarks'], 'additionalProperties': False, 'properties': {'clientReferenceId': {'type': 'string', 'minLength': 1, 'pattern': '^[^\t\n\x0b\x0c\r \xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+$', 'description': "The merchant's own id of the payout, without spaces; the idempotency key.", 'example': '430582f3-6e83-4cec-a3ab-72847fb9680f'}, 'payeeName': {'type': 'string', 'minLength': 1, 'pattern': '^[A-Za-z ]+$', 'description': 'Name of the beneficiary account holder, letters and spaces only.', 'example': 'Kevin Bob'}, 'email': {'type': 'string', 'format': 'email', 'description': "The beneficiary's email address.", 'example': 'kevin.bob@example.com'}, 'phone': {'type': 'string', 'pattern': '^[0-9]{10}$', 'description': "The beneficiary's mobile number, 10 digits.", 'example': '9876543210'}, 'accountNumber': {'type': 'string', 'minLength': 1, 'pattern': '^[A-Za-z0-9]+$', 'description': "The beneficiary's bank account number; required for IMPS, NEFT and RTGS.", 'example': '500012121313141415'}, 'branchCode': {'type': 'string', 'pattern': '^[A-Za-z]{4}0[A-Za-z0-9]{6}$', 'description': "The beneficiary bank's IFSC: 4 letters, a 0, then 6 letters or digits; required for IMPS, NEFT and RTGS.", 'example': 'SBIN0011123'}, 'vpa': {'type': 'string', 'maxLength': 100, 'pattern': '^[A-Za-z0-9._-]+@[A-Za-z0-9.-]+$', 'description': "The beneficiary's UPI virtual payment address; required for UPI.", 'example': 'kevin.bob@okhdfcbank'}, 'amount': {'type': 'object', 'description': "An amount of money in the currency's smallest unit (paise for INR).", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 100, 'maximum': 100000000, 'description': 'Amount in paise, from 100 (1 rupee) to 100000000 (10 lakh rupees).', 'example': 1100}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code; Plural accepts INR.', 'example': 'INR'}}, 'additionalProperties': False}, 'mode': {'type': 'string', 'description': 'How a payout is sent; UPI pays a VPA, the others a bank account.', 'enum': ['UPI', 'IMPS', 'NEFT', 'RTGS']}, 'remarks': {'type': 'string', 'minLength': 1, 'pattern': '^[A-Za-z0-9 -]+$', 'description': 'Narration of the transfer; letters, digits, hyphens and spaces only.', 'example': 'Refund payment'}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['clientReferenceId', 'payeeName', 'amount', 'mode', 'remarks']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'One payout; a bank account (accountNumber and branchCode) for IMPS, NEFT and RTGS, a vpa for UPI.', 'required': ['clientReferenceId', 'payeeName', 'amount', 'mode', 'remarks'], 'additionalProperties': False, 'properties': {'clientReferenceId': {'type': 'string', 'minLength': 1, 'pattern': '^[^\t\n\x0b\x0c\r \xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+$', 'description': "The merchant's own id of the payout, without spaces; the idempotency key.", 'example': '430582f3-6e83-4cec-a3ab-72847fb9680f'}, 'payeeName': {'type': 'string', 'minLength': 1, 'pattern': '^[A-Za-z ]+$', 'description': 'Name of the beneficiary account holder, letters and spaces only.', 'example': 'Kevin Bob'}, 'email': {'type': 'string', 'format': 'email', 'description': "The beneficiary's email address.", 'example': 'kevin.bob@example.com'}, 'phone': {'type': 'string', 'pattern': '^[0-9]{10}$', 'description': "The beneficiary's mobile number, 10 digits.", 'example': '9876543210'}, 'accountNumber': {'type': 'string', 'minLength': 1, 'pattern': '^[A-Za-z0-9]+$', 'description': "The beneficiary's bank account number; required for IMPS, NEFT and RTGS.", 'example': '500012121313141415'}, 'branchCode': {'type': 'string', 'pattern': '^[A-Za-z]{4}0[A-Za-z0-9]{6}$', 'description': "The beneficiary bank's IFSC: 4 letters, a 0, then 6 letters or digits; required for IMPS, NEFT and RTGS.", 'example': 'SBIN0011123'}, 'vpa': {'type': 'string', 'maxLength': 100, 'pattern': '^[A-Za-z0-9._-]+@[A-Za-z0-9.-]+$', 'description': "The beneficiary's UPI virtual payment address; required for UPI.", 'example': 'kevin.bob@okhdfcbank'}, 'amount': {'type': 'object', 'description': "An amount of money in the currency's smallest unit (paise for INR).", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 100, 'maximum': 100000000, 'description': 'Amount in paise, from 100 (1 rupee) to 100000000 (10 lakh rupees).', 'example': 1100}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code; Plural accepts INR.', 'example': 'INR'}}, 'additionalProperties': False}, 'mode': {'type': 'string', 'description': 'How a payout is sent; UPI pays a VPA, the others a bank account.', 'enum': ['UPI', 'IMPS', 'NEFT', 'RTGS']}, 'remarks': {'type': 'string', 'minLength': 1, 'pattern': '^[A-Za-z0-9 -]+$', 'description': 'Narration of the transfer; letters, digits, hyphens and spaces only.', 'example': 'Refund payment'}}}, rule='required')
        data_keys = set(data.keys())
        if "clientReferenceId" in data_keys:
            data_keys.remove("clientReferenceId")
            data__clientReferenceId = data["clientReferenceId"]
            if not isinstance(data__clientReferenceId, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".clientReferenceId must be string", value=data__clientReferenceId, name="" + (name_prefix or "data") + ".clientReferenceId", definition={'type': 'string', 'minLength': 1, 'pattern': '^[^\t\n\x0b\x0c\r \xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+$', 'description': "The merchant's own id of the payout, without spaces; the idempotency key.", 'example': '430582f3-6e83-4cec-a3ab-72847fb9680f'}, rule='type')
            if isinstance(data__clientReferenceId, str):
                data__clientReferenceId_len = len(data__clientReferenceId)
                if data__clientReferenceId_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".clientReferenceId must be longer than or equal to 1 characters", value=data__clientReferenceId, name="" + (name_prefix or "data") + ".clientReferenceId", definition={'type': 'string', 'minLength': 1, 'pattern': '^[^\t\n\x0b\x0c\r \xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+$', 'description': "The merchant's own id of the payout, without spaces; the idempotency key.", 'example': '430582f3-6e83-4cec-a3ab-72847fb9680f'}, rule='minLength')
                if not REGEX_PATTERNS['^[^\t\n\x0b\x0c\r \xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+$'].search(data__clientReferenceId):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".clientReferenceId must match pattern ^[^\t\n\x0b\x0c\r \xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+$", value=data__clientReferenceId, name="" + (name_prefix or "data") + ".clientReferenceId", definition={'type': 'string', 'minLength': 1, 'pattern': '^[^\t\n\x0b\x0c\r \xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+$', 'description': "The merchant's own id of the payout, without spaces; the idempotency key.", 'example': '430582f3-6e83-4cec-a3ab-72847fb9680f'}, rule='pattern')
        if "payeeName" in data_keys:
            data_keys.remove("payeeName")
            data__payeeName = data["payeeName"]
            if not isinstance(data__payeeName, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".payeeName must be string", value=data__payeeName, name="" + (name_prefix or "data") + ".payeeName", definition={'type': 'string', 'minLength': 1, 'pattern': '^[A-Za-z ]+$', 'description': 'Name of the beneficiary account holder, letters and spaces only.', 'example': 'Kevin Bob'}, rule='type')
            if isinstance(data__payeeName, str):
                data__payeeName_len = len(data__payeeName)
                if data__payeeName_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".payeeName must be longer than or equal to 1 characters", value=data__payeeName, name="" + (name_prefix or "data") + ".payeeName", definition={'type': 'string', 'minLength': 1, 'pattern': '^[A-Za-z ]+$', 'description': 'Name of the beneficiary account holder, letters and spaces only.', 'example': 'Kevin Bob'}, rule='minLength')
                if not REGEX_PATTERNS['^[A-Za-z ]+$'].search(data__payeeName):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".payeeName must match pattern ^[A-Za-z ]+$", value=data__payeeName, name="" + (name_prefix or "data") + ".payeeName", definition={'type': 'string', 'minLength': 1, 'pattern': '^[A-Za-z ]+$', 'description': 'Name of the beneficiary account holder, letters and spaces only.', 'example': 'Kevin Bob'}, rule='pattern')
        if "email" in data_keys:
            data_keys.remove("email")
            data__email = data["email"]
            if not isinstance(data__email, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".email must be string", value=data__email, name="" + (name_prefix or "data") + ".email", definition={'type': 'string', 'format': 'email', 'description': "The beneficiary's email address.", 'example': 'kevin.bob@example.com'}, rule='type')
            if isinstance(data__email, str):
                if not REGEX_PATTERNS["email_re_pattern"].match(data__email):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".email must be email", value=data__email, name="" + (name_prefix or "data") + ".email", definition={'type': 'string', 'format': 'email', 'description': "The beneficiary's email address.", 'example': 'kevin.bob@example.com'}, rule='format')
        if "phone" in data_keys:
            data_keys.remove("phone")
            data__phone = data["phone"]
            if not isinstance(data__phone, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".phone must be string", value=data__phone, name="" + (name_prefix or "data") + ".phone", definition={'type': 'string', 'pattern': '^[0-9]{10}$', 'description': "The beneficiary's mobile number, 10 digits.", 'example': '9876543210'}, rule='type')
            if isinstance(data__phone, str):
                if not REGEX_PATTERNS['^[0-9]{10}$'].search(data__phone):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".phone must match pattern ^[0-9]{10}$", value=data__phone, name="" + (name_prefix or "data") + ".phone", definition={'type': 'string', 'pattern': '^[0-9]{10}$', 'description': "The beneficiary's mobile number, 10 digits.", 'example': '9876543210'}, rule='pattern')
        if "accountNumber" in data_keys:
            data_keys.remove("accountNumber")
            data__accountNumber = data["accountNumber"]
            if not isinstance(data__accountNumber, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".accountNumber must be string", value=data__accountNumber, name="" + (name_prefix or "data") + ".accountNumber", definition={'type': 'string', 'minLength': 1, 'pattern': '^[A-Za-z0-9]+$', 'description': "The beneficiary's bank account number; required for IMPS, NEFT and RTGS.", 'example': '500012121313141415'}, rule='type')
            if isinstance(data__accountNumber, str):
                data__accountNumber_len = len(data__accountNumber)
                if data__accountNumber_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".accountNumber must be longer than or equal to 1 characters", value=data__accountNumber, name="" + (name_prefix or "data") + ".accountNumber", definition={'type': 'string', 'minLength': 1, 'pattern': '^[A-Za-z0-9]+$', 'description': "The beneficiary's bank account number; required for IMPS, NEFT and RTGS.", 'example': '500012121313141415'}, rule='minLength')
                if not REGEX_PATTERNS['^[A-Za-z0-9]+$'].search(data__accountNumber):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".accountNumber must match pattern ^[A-Za-z0-9]+$", value=data__accountNumber, name="" + (name_prefix or "data") + ".accountNumber", definition={'type': 'string', 'minLength': 1, 'pattern': '^[A-Za-z0-9]+$', 'description': "The beneficiary's bank account number; required for IMPS, NEFT and RTGS.", 'example': '500012121313141415'}, rule='pattern')
        if "branchCode" in data_keys:
            data_keys.remove("branchCode")
            data__branchCode = data["branchCode"]
            if not isinstance(data__branchCode, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".branchCode must be string", value=data__branchCode, name="" + (name_prefix or "data") + ".branchCode", definition={'type': 'string', 'pattern': '^[A-Za-z]{4}0[A-Za-z0-9]{6}$', 'description': "The beneficiary bank's IFSC: 4 letters, a 0, then 6 letters or digits; required for IMPS, NEFT and RTGS.", 'example': 'SBIN0011123'}, rule='type')
            if isinstance(data__branchCode, str):
                if not REGEX_PATTERNS['^[A-Za-z]{4}0[A-Za-z0-9]{6}$'].search(data__branchCode):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".branchCode must match pattern ^[A-Za-z]{4}0[A-Za-z0-9]{6}$", value=data__branchCode, name="" + (name_prefix or "data") + ".branchCode", definition={'type': 'string', 'pattern': '^[A-Za-z]{4}0[A-Za-z0-9]{6}$', 'description': "The beneficiary bank's IFSC: 4 letters, a 0, then 6 letters or digits; required for IMPS, NEFT and RTGS.", 'example': 'SBIN0011123'}, rule='pattern')
        if "vpa" in data_keys:
            data_keys.remove("vpa")
            data__vpa = data["vpa"]
            if not isinstance(data__vpa, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".vpa must be string", value=data__vpa, name="" + (name_prefix or "data") + ".vpa", definition={'type': 'string', 'maxLength': 100, 'pattern': '^[A-Za-z0-9._-]+@[A-Za-z0-9.-]+$', 'description': "The beneficiary's UPI virtual payment address; required for UPI.", 'example': 'kevin.bob@okhdfcbank'}, rule='type')
            if isinstance(data__vpa, str):
                data__vpa_len = len(data__vpa)
                if data__vpa_len > 100:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".vpa must be shorter than or equal to 100 characters", value=data__vpa, name="" + (name_prefix or "data") + ".vpa", definition={'type': 'string', 'maxLength': 100, 'pattern': '^[A-Za-z0-9._-]+@[A-Za-z0-9.-]+$', 'description': "The beneficiary's UPI virtual payment address; required for UPI.", 'example': 'kevin.bob@okhdfcbank'}, rule='maxLength')
                if not REGEX_PATTERNS['^[A-Za-z0-9._-]+@[A-Za-z0-9.-]+$'].search(data__vpa):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".vpa must match pattern ^[A-Za-z0-9._-]+@[A-Za-z0-9.-]+$", value=data__vpa, name="" + (name_prefix or "data") + ".vpa", definition={'type': 'string', 'maxLength': 100, 'pattern': '^[A-Za-z0-9._-]+@[A-Za-z0-9.-]+$', 'description': "The beneficiary's UPI virtual payment address; required for UPI.", 'example': 'kevin.bob@okhdfcbank'}, rule='pattern')
        if "amount" in data_keys:
            data_keys.remove("amount")
            data__amount = data["amount"]
            validate___components_schemas_amount(data__amount, custom_formats, (name_prefix or "data") + ".amount")
        if "mode" in data_keys:
            data_keys.remove("mode")
            data__mode = data["mode"]
            validate___components_schemas_payoutmode(data__mode, custom_formats, (name_prefix or "data") + ".mode")
        if "remarks" in data_keys:
            data_keys.remove("remarks")
            data__remarks = data["remarks"]
            if not isinstance(data__remarks, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".remarks must be string", value=data__remarks, name="" + (name_prefix or "data") + ".remarks", definition={'type': 'string', 'minLength': 1, 'pattern': '^[A-Za-z0-9 -]+$', 'description': 'Narration of the transfer; letters, digits, hyphens and spaces only.', 'example': 'Refund payment'}, rule='type')
            if isinstance(data__remarks, str):
                data__remarks_len = len(data__remarks)
                if data__remarks_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".remarks must be longer than or equal to 1 characters", value=data__remarks, name="" + (name_prefix or "data") + ".remarks", definition={'type': 'string', 'minLength': 1, 'pattern': '^[A-Za-z0-9 -]+$', 'description': 'Narration of the transfer; letters, digits, hyphens and spaces only.', 'example': 'Refund payment'}, rule='minLength')
                if not REGEX_PATTERNS['^[A-Za-z0-9 -]+$'].search(data__remarks):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".remarks must match pattern ^[A-Za-z0-9 -]+$", value=data__remarks, name="" + (name_prefix or "data") + ".remarks", definition={'type': 'string', 'minLength': 1, 'pattern': '^[A-Za-z0-9 -]+$', 'description': 'Narration of the transfer; letters, digits, hyphens and spaces only.', 'example': 'Refund payment'}, rule='pattern')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'One payout; a bank account (accountNumber and branchCode) for IMPS, NEFT and RTGS, a vpa for UPI.', 'required': ['clientReferenceId', 'payeeName', 'amount', 'mode', 'remarks'], 'additionalProperties': False, 'properties': {'clientReferenceId': {'type': 'string', 'minLength': 1, 'pattern': '^[^\t\n\x0b\x0c\r \xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+$', 'description': "The merchant's own id of the payout, without spaces; the idempotency key.", 'example': '430582f3-6e83-4cec-a3ab-72847fb9680f'}, 'payeeName': {'type': 'string', 'minLength': 1, 'pattern': '^[A-Za-z ]+$', 'description': 'Name of the beneficiary account holder, letters and spaces only.', 'example': 'Kevin Bob'}, 'email': {'type': 'string', 'format': 'email', 'description': "The beneficiary's email address.", 'example': 'kevin.bob@example.com'}, 'phone': {'type': 'string', 'pattern': '^[0-9]{10}$', 'description': "The beneficiary's mobile number, 10 digits.", 'example': '9876543210'}, 'accountNumber': {'type': 'string', 'minLength': 1, 'pattern': '^[A-Za-z0-9]+$', 'description': "The beneficiary's bank account number; required for IMPS, NEFT and RTGS.", 'example': '500012121313141415'}, 'branchCode': {'type': 'string', 'pattern': '^[A-Za-z]{4}0[A-Za-z0-9]{6}$', 'description': "The beneficiary bank's IFSC: 4 letters, a 0, then 6 letters or digits; required for IMPS, NEFT and RTGS.", 'example': 'SBIN0011123'}, 'vpa': {'type': 'string', 'maxLength': 100, 'pattern': '^[A-Za-z0-9._-]+@[A-Za-z0-9.-]+$', 'description': "The beneficiary's UPI virtual payment address; required for UPI.", 'example': 'kevin.bob@okhdfcbank'}, 'amount': {'type': 'object', 'description': "An amount of money in the currency's smallest unit (paise for INR).", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 100, 'maximum': 100000000, 'description': 'Amount in paise, from 100 (1 rupee) to 100000000 (10 lakh rupees).', 'example': 1100}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code; Plural accepts INR.', 'example': 'INR'}}, 'additionalProperties': False}, 'mode': {'type': 'string', 'description': 'How a payout is sent; UPI pays a VPA, the others a bank account.', 'enum': ['UPI', 'IMPS', 'NEFT', 'RTGS']}, 'remarks': {'type': 'string', 'minLength': 1, 'pattern': '^[A-Za-z0-9 -]+$', 'description': 'Narration of the transfer; letters, digits, hyphens and spaces only.', 'example': 'Refund payment'}}}, rule='additionalProperties')
    return data

def validate___components_schemas_payoutmode(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'description': 'How a payout is sent; UPI pays a VPA, the others a bank account.', 'enum': ['UPI', 'IMPS', 'NEFT', 'RTGS']}, rule='type')
    if not (isinstance(data, str) and data == 'UPI' or isinstance(data, str) and data == 'IMPS' or isinstance(data, str) and data == 'NEFT' or isinstance(data, str) and data == 'RTGS'):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be one of ['UPI', 'IMPS', 'NEFT', 'RTGS']", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'description': 'How a payout is sent; UPI pays a VPA, the others a bank account.', 'enum': ['UPI', 'IMPS', 'NEFT', 'RTGS']}, rule='enum')
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
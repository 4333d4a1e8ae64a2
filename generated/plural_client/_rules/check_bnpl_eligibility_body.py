# Written by `make generate` (scripts/compile_rules.py) from the spec: do not edit.
VERSION = "2.22.3"
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


REGEX_PATTERNS = {
    '^[0-9]{10}$': re.compile('^[0-9]{10}\\Z'),
    '^[A-Z]{3}$': re.compile('^[A-Z]{3}\\Z')
}

NoneType = type(None)

def validate(data, custom_formats={}, name_prefix=None):
    validate___components_x_plural_request(data, custom_formats, (name_prefix or "data") + "")
    return data

def validate___components_x_plural_request(data, custom_formats={}, name_prefix=None):
    validate___components_schemas_bnpleligibilityrequest(data, custom_formats, (name_prefix or "data") + "")
    return data

def validate___components_schemas_bnpleligibilityrequest(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'The customer and amount to check for BNPL.', 'required': ['mobile', 'pay_code', 'amount'], 'additionalProperties': False, 'properties': {'mobile': {'type': 'string', 'pattern': '^[0-9]{10}$', 'description': "The customer's 10-digit mobile number without country code.", 'example': '9876543210'}, 'pay_code': {'type': 'string', 'description': 'The BNPL provider.', 'enum': ['LAZYPAY']}, 'amount': {'type': 'object', 'description': "An amount of money in the currency's smallest unit (paise for INR).", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 100, 'maximum': 100000000, 'description': 'Amount in paise, from 100 (1 rupee) to 100000000 (10 lakh rupees).', 'example': 1100}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code; Plural accepts INR.', 'example': 'INR'}}, 'additionalProperties': False}, 'device_info': {'type': 'object', 'description': "The customer's device; required by some BNPL providers (SIMPL).", 'additionalProperties': False, 'properties': {'operating_system': {'type': 'string', 'description': "The device's operating system; required when paying from a mobile.", 'enum': ['ANDROID', 'IOS', 'MACOS', 'WINDOWS'], 'example': 'ANDROID'}, 'source_ip_address': {'type': 'string', 'maxLength': 45, 'description': 'IP address of the device that started the payment.', 'example': '203.0.113.10'}, 'browser_ip_address': {'type': 'string', 'maxLength': 45, 'description': "IP address seen by the customer's browser.", 'example': '203.0.113.10'}, 'browser_user_agent': {'type': 'string', 'maxLength': 1000, 'description': "The browser's user agent string.", 'example': 'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/124.0 Mobile Safari/537.36'}, 'device_model': {'type': 'string', 'maxLength': 100, 'description': 'Model of the device.', 'example': 'Pixel 8'}, 'device_manufacturer': {'type': 'string', 'maxLength': 100, 'description': 'Maker of the device.', 'example': 'Google'}}}, 'email': {'type': 'string', 'maxLength': 50, 'description': "The customer's email address.", 'example': 'kevin.bob@example.com'}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['mobile', 'pay_code', 'amount']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'The customer and amount to check for BNPL.', 'required': ['mobile', 'pay_code', 'amount'], 'additionalProperties': False, 'properties': {'mobile': {'type': 'string', 'pattern': '^[0-9]{10}$', 'description': "The customer's 10-digit mobile number without country code.", 'example': '9876543210'}, 'pay_code': {'type': 'string', 'description': 'The BNPL provider.', 'enum': ['LAZYPAY']}, 'amount': {'type': 'object', 'description': "An amount of money in the currency's smallest unit (paise for INR).", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 100, 'maximum': 100000000, 'description': 'Amount in paise, from 100 (1 rupee) to 100000000 (10 lakh rupees).', 'example': 1100}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code; Plural accepts INR.', 'example': 'INR'}}, 'additionalProperties': False}, 'device_info': {'type': 'object', 'description': "The customer's device; required by some BNPL providers (SIMPL).", 'additionalProperties': False, 'properties': {'operating_system': {'type': 'string', 'description': "The device's operating system; required when paying from a mobile.", 'enum': ['ANDROID', 'IOS', 'MACOS', 'WINDOWS'], 'example': 'ANDROID'}, 'source_ip_address': {'type': 'string', 'maxLength': 45, 'description': 'IP address of the device that started the payment.', 'example': '203.0.113.10'}, 'browser_ip_address': {'type': 'string', 'maxLength': 45, 'description': "IP address seen by the customer's browser.", 'example': '203.0.113.10'}, 'browser_user_agent': {'type': 'string', 'maxLength': 1000, 'description': "The browser's user agent string.", 'example': 'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/124.0 Mobile Safari/537.36'}, 'device_model': {'type': 'string', 'maxLength': 100, 'description': 'Model of the device.', 'example': 'Pixel 8'}, 'device_manufacturer': {'type': 'string', 'maxLength': 100, 'description': 'Maker of the device.', 'example': 'Google'}}}, 'email': {'type': 'string', 'maxLength': 50, 'description': "The customer's email address.", 'example': 'kevin.bob@example.com'}}}, rule='required')
        data_keys = set(data.keys())
        if "mobile" in data_keys:
            data_keys.remove("mobile")
            data__mobile = data["mobile"]
            if not isinstance(data__mobile, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mobile must be string", value=data__mobile, name="" + (name_prefix or "data") + ".mobile", definition={'type': 'string', 'pattern': '^[0-9]{10}$', 'description': "The customer's 10-digit mobile number without country code.", 'example': '9876543210'}, rule='type')
            if isinstance(data__mobile, str):
                if not REGEX_PATTERNS['^[0-9]{10}$'].search(data__mobile):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".mobile must match pattern ^[0-9]{10}$", value=data__mobile, name="" + (name_prefix or "data") + ".mobile", definition={'type': 'string', 'pattern': '^[0-9]{10}$', 'description': "The customer's 10-digit mobile number without country code.", 'example': '9876543210'}, rule='pattern')
        if "pay_code" in data_keys:
            data_keys.remove("pay_code")
            data__paycode = data["pay_code"]
            validate___components_schemas_bnplpaycode(data__paycode, custom_formats, (name_prefix or "data") + ".pay_code")
        if "amount" in data_keys:
            data_keys.remove("amount")
            data__amount = data["amount"]
            validate___components_schemas_amount(data__amount, custom_formats, (name_prefix or "data") + ".amount")
        if "device_info" in data_keys:
            data_keys.remove("device_info")
            data__deviceinfo = data["device_info"]
            validate___components_schemas_paymentdeviceinfo(data__deviceinfo, custom_formats, (name_prefix or "data") + ".device_info")
        if "email" in data_keys:
            data_keys.remove("email")
            data__email = data["email"]
            if not isinstance(data__email, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".email must be string", value=data__email, name="" + (name_prefix or "data") + ".email", definition={'type': 'string', 'maxLength': 50, 'description': "The customer's email address.", 'example': 'kevin.bob@example.com'}, rule='type')
            if isinstance(data__email, str):
                data__email_len = len(data__email)
                if data__email_len > 50:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".email must be shorter than or equal to 50 characters", value=data__email, name="" + (name_prefix or "data") + ".email", definition={'type': 'string', 'maxLength': 50, 'description': "The customer's email address.", 'example': 'kevin.bob@example.com'}, rule='maxLength')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'The customer and amount to check for BNPL.', 'required': ['mobile', 'pay_code', 'amount'], 'additionalProperties': False, 'properties': {'mobile': {'type': 'string', 'pattern': '^[0-9]{10}$', 'description': "The customer's 10-digit mobile number without country code.", 'example': '9876543210'}, 'pay_code': {'type': 'string', 'description': 'The BNPL provider.', 'enum': ['LAZYPAY']}, 'amount': {'type': 'object', 'description': "An amount of money in the currency's smallest unit (paise for INR).", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 100, 'maximum': 100000000, 'description': 'Amount in paise, from 100 (1 rupee) to 100000000 (10 lakh rupees).', 'example': 1100}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code; Plural accepts INR.', 'example': 'INR'}}, 'additionalProperties': False}, 'device_info': {'type': 'object', 'description': "The customer's device; required by some BNPL providers (SIMPL).", 'additionalProperties': False, 'properties': {'operating_system': {'type': 'string', 'description': "The device's operating system; required when paying from a mobile.", 'enum': ['ANDROID', 'IOS', 'MACOS', 'WINDOWS'], 'example': 'ANDROID'}, 'source_ip_address': {'type': 'string', 'maxLength': 45, 'description': 'IP address of the device that started the payment.', 'example': '203.0.113.10'}, 'browser_ip_address': {'type': 'string', 'maxLength': 45, 'description': "IP address seen by the customer's browser.", 'example': '203.0.113.10'}, 'browser_user_agent': {'type': 'string', 'maxLength': 1000, 'description': "The browser's user agent string.", 'example': 'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/124.0 Mobile Safari/537.36'}, 'device_model': {'type': 'string', 'maxLength': 100, 'description': 'Model of the device.', 'example': 'Pixel 8'}, 'device_manufacturer': {'type': 'string', 'maxLength': 100, 'description': 'Maker of the device.', 'example': 'Google'}}}, 'email': {'type': 'string', 'maxLength': 50, 'description': "The customer's email address.", 'example': 'kevin.bob@example.com'}}}, rule='additionalProperties')
    return data

def validate___components_schemas_paymentdeviceinfo(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': "The customer's device; required by some BNPL providers (SIMPL).", 'additionalProperties': False, 'properties': {'operating_system': {'type': 'string', 'description': "The device's operating system; required when paying from a mobile.", 'enum': ['ANDROID', 'IOS', 'MACOS', 'WINDOWS'], 'example': 'ANDROID'}, 'source_ip_address': {'type': 'string', 'maxLength': 45, 'description': 'IP address of the device that started the payment.', 'example': '203.0.113.10'}, 'browser_ip_address': {'type': 'string', 'maxLength': 45, 'description': "IP address seen by the customer's browser.", 'example': '203.0.113.10'}, 'browser_user_agent': {'type': 'string', 'maxLength': 1000, 'description': "The browser's user agent string.", 'example': 'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/124.0 Mobile Safari/537.36'}, 'device_model': {'type': 'string', 'maxLength': 100, 'description': 'Model of the device.', 'example': 'Pixel 8'}, 'device_manufacturer': {'type': 'string', 'maxLength': 100, 'description': 'Maker of the device.', 'example': 'Google'}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "operating_system" in data_keys:
            data_keys.remove("operating_system")
            data__operatingsystem = data["operating_system"]
            if not isinstance(data__operatingsystem, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".operating_system must be string", value=data__operatingsystem, name="" + (name_prefix or "data") + ".operating_system", definition={'type': 'string', 'description': "The device's operating system; required when paying from a mobile.", 'enum': ['ANDROID', 'IOS', 'MACOS', 'WINDOWS'], 'example': 'ANDROID'}, rule='type')
            if not (isinstance(data__operatingsystem, str) and data__operatingsystem == 'ANDROID' or isinstance(data__operatingsystem, str) and data__operatingsystem == 'IOS' or isinstance(data__operatingsystem, str) and data__operatingsystem == 'MACOS' or isinstance(data__operatingsystem, str) and data__operatingsystem == 'WINDOWS'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".operating_system must be one of ['ANDROID', 'IOS', 'MACOS', 'WINDOWS']", value=data__operatingsystem, name="" + (name_prefix or "data") + ".operating_system", definition={'type': 'string', 'description': "The device's operating system; required when paying from a mobile.", 'enum': ['ANDROID', 'IOS', 'MACOS', 'WINDOWS'], 'example': 'ANDROID'}, rule='enum')
        if "source_ip_address" in data_keys:
            data_keys.remove("source_ip_address")
            data__sourceipaddress = data["source_ip_address"]
            if not isinstance(data__sourceipaddress, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".source_ip_address must be string", value=data__sourceipaddress, name="" + (name_prefix or "data") + ".source_ip_address", definition={'type': 'string', 'maxLength': 45, 'description': 'IP address of the device that started the payment.', 'example': '203.0.113.10'}, rule='type')
            if isinstance(data__sourceipaddress, str):
                data__sourceipaddress_len = len(data__sourceipaddress)
                if data__sourceipaddress_len > 45:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".source_ip_address must be shorter than or equal to 45 characters", value=data__sourceipaddress, name="" + (name_prefix or "data") + ".source_ip_address", definition={'type': 'string', 'maxLength': 45, 'description': 'IP address of the device that started the payment.', 'example': '203.0.113.10'}, rule='maxLength')
        if "browser_ip_address" in data_keys:
            data_keys.remove("browser_ip_address")
            data__browseripaddress = data["browser_ip_address"]
            if not isinstance(data__browseripaddress, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".browser_ip_address must be string", value=data__browseripaddress, name="" + (name_prefix or "data") + ".browser_ip_address", definition={'type': 'string', 'maxLength': 45, 'description': "IP address seen by the customer's browser.", 'example': '203.0.113.10'}, rule='type')
            if isinstance(data__browseripaddress, str):
                data__browseripaddress_len = len(data__browseripaddress)
                if data__browseripaddress_len > 45:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".browser_ip_address must be shorter than or equal to 45 characters", value=data__browseripaddress, name="" + (name_prefix or "data") + ".browser_ip_address", definition={'type': 'string', 'maxLength': 45, 'description': "IP address seen by the customer's browser.", 'example': '203.0.113.10'}, rule='maxLength')
        if "browser_user_agent" in data_keys:
            data_keys.remove("browser_user_agent")
            data__browseruseragent = data["browser_user_agent"]
            if not isinstance(data__browseruseragent, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".browser_user_agent must be string", value=data__browseruseragent, name="" + (name_prefix or "data") + ".browser_user_agent", definition={'type': 'string', 'maxLength': 1000, 'description': "The browser's user agent string.", 'example': 'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/124.0 Mobile Safari/537.36'}, rule='type')
            if isinstance(data__browseruseragent, str):
                data__browseruseragent_len = len(data__browseruseragent)
                if data__browseruseragent_len > 1000:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".browser_user_agent must be shorter than or equal to 1000 characters", value=data__browseruseragent, name="" + (name_prefix or "data") + ".browser_user_agent", definition={'type': 'string', 'maxLength': 1000, 'description': "The browser's user agent string.", 'example': 'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/124.0 Mobile Safari/537.36'}, rule='maxLength')
        if "device_model" in data_keys:
            data_keys.remove("device_model")
            data__devicemodel = data["device_model"]
            if not isinstance(data__devicemodel, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".device_model must be string", value=data__devicemodel, name="" + (name_prefix or "data") + ".device_model", definition={'type': 'string', 'maxLength': 100, 'description': 'Model of the device.', 'example': 'Pixel 8'}, rule='type')
            if isinstance(data__devicemodel, str):
                data__devicemodel_len = len(data__devicemodel)
                if data__devicemodel_len > 100:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".device_model must be shorter than or equal to 100 characters", value=data__devicemodel, name="" + (name_prefix or "data") + ".device_model", definition={'type': 'string', 'maxLength': 100, 'description': 'Model of the device.', 'example': 'Pixel 8'}, rule='maxLength')
        if "device_manufacturer" in data_keys:
            data_keys.remove("device_manufacturer")
            data__devicemanufacturer = data["device_manufacturer"]
            if not isinstance(data__devicemanufacturer, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".device_manufacturer must be string", value=data__devicemanufacturer, name="" + (name_prefix or "data") + ".device_manufacturer", definition={'type': 'string', 'maxLength': 100, 'description': 'Maker of the device.', 'example': 'Google'}, rule='type')
            if isinstance(data__devicemanufacturer, str):
                data__devicemanufacturer_len = len(data__devicemanufacturer)
                if data__devicemanufacturer_len > 100:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".device_manufacturer must be shorter than or equal to 100 characters", value=data__devicemanufacturer, name="" + (name_prefix or "data") + ".device_manufacturer", definition={'type': 'string', 'maxLength': 100, 'description': 'Maker of the device.', 'example': 'Google'}, rule='maxLength')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': "The customer's device; required by some BNPL providers (SIMPL).", 'additionalProperties': False, 'properties': {'operating_system': {'type': 'string', 'description': "The device's operating system; required when paying from a mobile.", 'enum': ['ANDROID', 'IOS', 'MACOS', 'WINDOWS'], 'example': 'ANDROID'}, 'source_ip_address': {'type': 'string', 'maxLength': 45, 'description': 'IP address of the device that started the payment.', 'example': '203.0.113.10'}, 'browser_ip_address': {'type': 'string', 'maxLength': 45, 'description': "IP address seen by the customer's browser.", 'example': '203.0.113.10'}, 'browser_user_agent': {'type': 'string', 'maxLength': 1000, 'description': "The browser's user agent string.", 'example': 'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/124.0 Mobile Safari/537.36'}, 'device_model': {'type': 'string', 'maxLength': 100, 'description': 'Model of the device.', 'example': 'Pixel 8'}, 'device_manufacturer': {'type': 'string', 'maxLength': 100, 'description': 'Maker of the device.', 'example': 'Google'}}}, rule='additionalProperties')
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

def validate___components_schemas_bnplpaycode(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'description': 'The BNPL provider.', 'enum': ['LAZYPAY']}, rule='type')
    if not (isinstance(data, str) and data == 'LAZYPAY'):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be one of ['LAZYPAY']", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'description': 'The BNPL provider.', 'enum': ['LAZYPAY']}, rule='enum')
    return data
# Written by `make generate` (scripts/compile_rules.py) from the spec: do not edit.
VERSION = "2.22.3"
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


REGEX_PATTERNS = {
    'date-time_re_pattern': re.compile('^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)(t|T)(?:[01]\\d|2[0-3]):[0-5]\\d:(?:[0-5]\\d|60)(?:\\.\\d+)?(?:[+-](?:[01]\\d|2[0-3]):[0-5]\\d|[+-](?:[01]\\d|2[0-3])[0-5]\\d|z|Z)\\Z'),
    '^[0-9A-Za-z]{6,30}$': re.compile('^[0-9A-Za-z]{6,30}\\Z'),
    '^[A-Z]{4}0[A-Z0-9]{6}$': re.compile('^[A-Z]{4}0[A-Z0-9]{6}\\Z'),
    '^[A-Za-z0-9._-]+$': re.compile('^[A-Za-z0-9._-]+\\Z'),
    '^[A-Za-z0-9_-]+$': re.compile('^[A-Za-z0-9_-]+\\Z')
}

NoneType = type(None)

def validate(data, custom_formats={}, name_prefix=None):
    validate___components_x_plural_request(data, custom_formats, (name_prefix or "data") + "")
    return data

def validate___components_x_plural_request(data, custom_formats={}, name_prefix=None):
    validate___components_schemas_createsubscriptionrequest(data, custom_formats, (name_prefix or "data") + "")
    return data

def validate___components_schemas_createsubscriptionrequest(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'A new subscription of a customer to a plan.', 'required': ['merchant_subscription_reference', 'plan_id', 'start_date', 'end_date', 'customer_id', 'integration_mode'], 'additionalProperties': False, 'properties': {'merchant_subscription_reference': {'type': 'string', 'description': "A merchant's own reference, 1 to 50 of letters, digits, `_` and `-`. Plural's idempotency key for the resource it names.", 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9_-]+$', 'example': 'f4548bbf-a029-43d3-9209-e3385c80b1e9'}, 'plan_id': {'type': 'string', 'description': 'An id Plural gave a plan, subscription or presentation; 1 to 50 letters, digits, `.`, `_` or `-`.', 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9._-]+$'}, 'enable_notification': {'type': 'boolean', 'description': 'True to get webhook notifications for this subscription.', 'example': True}, 'start_date': {'type': 'string', 'format': 'date-time', 'description': 'When the subscription starts (ISO-8601 UTC).', 'example': '2025-07-01T00:00:00.000Z'}, 'end_date': {'type': 'string', 'format': 'date-time', 'description': 'When the subscription ends (ISO-8601 UTC); within 60 days of the start for OT plans.', 'example': '2026-06-30T23:59:59.000Z'}, 'customer_id': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "Plural's id of the customer (from create_customer).", 'example': 'cust-v1-0806250612-aa-RBDgpR'}, 'allowed_payment_methods': {'type': 'array', 'description': 'The payment methods the customer may set the mandate up with.', 'items': {'type': 'string', 'description': 'A payment method a subscription offers the customer.', 'enum': ['CARD', 'UPI', 'POINTS', 'NETBANKING', 'WALLET']}, 'example': ['UPI']}, 'integration_mode': {'type': 'string', 'description': "SEAMLESS (the merchant's own pages) or REDIRECT (Plural's hosted mandate page).", 'enum': ['SEAMLESS', 'REDIRECT']}, 'merchant_metadata': {'type': 'object', 'description': "Up to 10 key-value pairs of the merchant's own, each value at most 256 characters.", 'maxProperties': 10, 'additionalProperties': {'type': 'string', 'maxLength': 256}, 'example': {'key1': 'DD', 'key2': 'XOF'}}, 'is_tpv_enabled': {'type': 'boolean', 'description': 'True to require the mandate from bank_account (third-party validation).', 'example': False}, 'bank_account': {'type': 'object', 'description': "The customer's bank account the mandate must be paid from (third-party validation, TPV).", 'properties': {'account_number': {'type': ['string', 'null'], 'pattern': '^[0-9A-Za-z]{6,30}$', 'description': 'Bank account number, 6 to 30 letters or digits.', 'example': '50100123456789'}, 'name': {'type': ['string', 'null'], 'maxLength': 100, 'description': "The account holder's name.", 'example': 'Kevin Bob'}, 'ifsc': {'type': ['string', 'null'], 'pattern': '^[A-Z]{4}0[A-Z0-9]{6}$', 'description': "The branch's IFSC: 4 letters, 0, then 6 letters or digits.", 'example': 'HDFC0001234'}}, 'additionalProperties': False}, 'callback_url': {'type': 'string', 'maxLength': 500, 'description': "Where the customer's browser is sent after mandate set-up.", 'example': 'https://shop.example.com/subscriptions/success'}, 'failure_callback_url': {'type': 'string', 'maxLength': 500, 'description': "Where the customer's browser is sent when set-up fails.", 'example': 'https://shop.example.com/subscriptions/failure'}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['merchant_subscription_reference', 'plan_id', 'start_date', 'end_date', 'customer_id', 'integration_mode']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'A new subscription of a customer to a plan.', 'required': ['merchant_subscription_reference', 'plan_id', 'start_date', 'end_date', 'customer_id', 'integration_mode'], 'additionalProperties': False, 'properties': {'merchant_subscription_reference': {'type': 'string', 'description': "A merchant's own reference, 1 to 50 of letters, digits, `_` and `-`. Plural's idempotency key for the resource it names.", 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9_-]+$', 'example': 'f4548bbf-a029-43d3-9209-e3385c80b1e9'}, 'plan_id': {'type': 'string', 'description': 'An id Plural gave a plan, subscription or presentation; 1 to 50 letters, digits, `.`, `_` or `-`.', 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9._-]+$'}, 'enable_notification': {'type': 'boolean', 'description': 'True to get webhook notifications for this subscription.', 'example': True}, 'start_date': {'type': 'string', 'format': 'date-time', 'description': 'When the subscription starts (ISO-8601 UTC).', 'example': '2025-07-01T00:00:00.000Z'}, 'end_date': {'type': 'string', 'format': 'date-time', 'description': 'When the subscription ends (ISO-8601 UTC); within 60 days of the start for OT plans.', 'example': '2026-06-30T23:59:59.000Z'}, 'customer_id': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "Plural's id of the customer (from create_customer).", 'example': 'cust-v1-0806250612-aa-RBDgpR'}, 'allowed_payment_methods': {'type': 'array', 'description': 'The payment methods the customer may set the mandate up with.', 'items': {'type': 'string', 'description': 'A payment method a subscription offers the customer.', 'enum': ['CARD', 'UPI', 'POINTS', 'NETBANKING', 'WALLET']}, 'example': ['UPI']}, 'integration_mode': {'type': 'string', 'description': "SEAMLESS (the merchant's own pages) or REDIRECT (Plural's hosted mandate page).", 'enum': ['SEAMLESS', 'REDIRECT']}, 'merchant_metadata': {'type': 'object', 'description': "Up to 10 key-value pairs of the merchant's own, each value at most 256 characters.", 'maxProperties': 10, 'additionalProperties': {'type': 'string', 'maxLength': 256}, 'example': {'key1': 'DD', 'key2': 'XOF'}}, 'is_tpv_enabled': {'type': 'boolean', 'description': 'True to require the mandate from bank_account (third-party validation).', 'example': False}, 'bank_account': {'type': 'object', 'description': "The customer's bank account the mandate must be paid from (third-party validation, TPV).", 'properties': {'account_number': {'type': ['string', 'null'], 'pattern': '^[0-9A-Za-z]{6,30}$', 'description': 'Bank account number, 6 to 30 letters or digits.', 'example': '50100123456789'}, 'name': {'type': ['string', 'null'], 'maxLength': 100, 'description': "The account holder's name.", 'example': 'Kevin Bob'}, 'ifsc': {'type': ['string', 'null'], 'pattern': '^[A-Z]{4}0[A-Z0-9]{6}$', 'description': "The branch's IFSC: 4 letters, 0, then 6 letters or digits.", 'example': 'HDFC0001234'}}, 'additionalProperties': False}, 'callback_url': {'type': 'string', 'maxLength': 500, 'description': "Where the customer's browser is sent after mandate set-up.", 'example': 'https://shop.example.com/subscriptions/success'}, 'failure_callback_url': {'type': 'string', 'maxLength': 500, 'description': "Where the customer's browser is sent when set-up fails.", 'example': 'https://shop.example.com/subscriptions/failure'}}}, rule='required')
        data_keys = set(data.keys())
        if "merchant_subscription_reference" in data_keys:
            data_keys.remove("merchant_subscription_reference")
            data__merchantsubscriptionreference = data["merchant_subscription_reference"]
            validate___components_schemas_merchantreference(data__merchantsubscriptionreference, custom_formats, (name_prefix or "data") + ".merchant_subscription_reference")
        if "plan_id" in data_keys:
            data_keys.remove("plan_id")
            data__planid = data["plan_id"]
            validate___components_schemas_subscriptionentityid(data__planid, custom_formats, (name_prefix or "data") + ".plan_id")
        if "enable_notification" in data_keys:
            data_keys.remove("enable_notification")
            data__enablenotification = data["enable_notification"]
            if not isinstance(data__enablenotification, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".enable_notification must be boolean", value=data__enablenotification, name="" + (name_prefix or "data") + ".enable_notification", definition={'type': 'boolean', 'description': 'True to get webhook notifications for this subscription.', 'example': True}, rule='type')
        if "start_date" in data_keys:
            data_keys.remove("start_date")
            data__startdate = data["start_date"]
            if not isinstance(data__startdate, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".start_date must be string", value=data__startdate, name="" + (name_prefix or "data") + ".start_date", definition={'type': 'string', 'format': 'date-time', 'description': 'When the subscription starts (ISO-8601 UTC).', 'example': '2025-07-01T00:00:00.000Z'}, rule='type')
            if isinstance(data__startdate, str):
                if not REGEX_PATTERNS["date-time_re_pattern"].match(data__startdate):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".start_date must be date-time", value=data__startdate, name="" + (name_prefix or "data") + ".start_date", definition={'type': 'string', 'format': 'date-time', 'description': 'When the subscription starts (ISO-8601 UTC).', 'example': '2025-07-01T00:00:00.000Z'}, rule='format')
        if "end_date" in data_keys:
            data_keys.remove("end_date")
            data__enddate = data["end_date"]
            if not isinstance(data__enddate, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".end_date must be string", value=data__enddate, name="" + (name_prefix or "data") + ".end_date", definition={'type': 'string', 'format': 'date-time', 'description': 'When the subscription ends (ISO-8601 UTC); within 60 days of the start for OT plans.', 'example': '2026-06-30T23:59:59.000Z'}, rule='type')
            if isinstance(data__enddate, str):
                if not REGEX_PATTERNS["date-time_re_pattern"].match(data__enddate):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".end_date must be date-time", value=data__enddate, name="" + (name_prefix or "data") + ".end_date", definition={'type': 'string', 'format': 'date-time', 'description': 'When the subscription ends (ISO-8601 UTC); within 60 days of the start for OT plans.', 'example': '2026-06-30T23:59:59.000Z'}, rule='format')
        if "customer_id" in data_keys:
            data_keys.remove("customer_id")
            data__customerid = data["customer_id"]
            if not isinstance(data__customerid, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".customer_id must be string", value=data__customerid, name="" + (name_prefix or "data") + ".customer_id", definition={'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "Plural's id of the customer (from create_customer).", 'example': 'cust-v1-0806250612-aa-RBDgpR'}, rule='type')
            if isinstance(data__customerid, str):
                data__customerid_len = len(data__customerid)
                if data__customerid_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".customer_id must be longer than or equal to 1 characters", value=data__customerid, name="" + (name_prefix or "data") + ".customer_id", definition={'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "Plural's id of the customer (from create_customer).", 'example': 'cust-v1-0806250612-aa-RBDgpR'}, rule='minLength')
                if data__customerid_len > 50:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".customer_id must be shorter than or equal to 50 characters", value=data__customerid, name="" + (name_prefix or "data") + ".customer_id", definition={'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "Plural's id of the customer (from create_customer).", 'example': 'cust-v1-0806250612-aa-RBDgpR'}, rule='maxLength')
        if "allowed_payment_methods" in data_keys:
            data_keys.remove("allowed_payment_methods")
            data__allowedpaymentmethods = data["allowed_payment_methods"]
            if not isinstance(data__allowedpaymentmethods, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".allowed_payment_methods must be array", value=data__allowedpaymentmethods, name="" + (name_prefix or "data") + ".allowed_payment_methods", definition={'type': 'array', 'description': 'The payment methods the customer may set the mandate up with.', 'items': {'type': 'string', 'description': 'A payment method a subscription offers the customer.', 'enum': ['CARD', 'UPI', 'POINTS', 'NETBANKING', 'WALLET']}, 'example': ['UPI']}, rule='type')
            data__allowedpaymentmethods_is_list = isinstance(data__allowedpaymentmethods, (list, tuple))
            if data__allowedpaymentmethods_is_list:
                data__allowedpaymentmethods_len = len(data__allowedpaymentmethods)
                for data__allowedpaymentmethods_x, data__allowedpaymentmethods_item in enumerate(data__allowedpaymentmethods):
                    validate___components_schemas_subscriptionpaymentmethod(data__allowedpaymentmethods_item, custom_formats, (name_prefix or "data") + ".allowed_payment_methods[{data__allowedpaymentmethods_x}]".format(**locals()))
        if "integration_mode" in data_keys:
            data_keys.remove("integration_mode")
            data__integrationmode = data["integration_mode"]
            validate___components_schemas_subscriptionintegrationmode(data__integrationmode, custom_formats, (name_prefix or "data") + ".integration_mode")
        if "merchant_metadata" in data_keys:
            data_keys.remove("merchant_metadata")
            data__merchantmetadata = data["merchant_metadata"]
            validate___components_schemas_merchantmetadata(data__merchantmetadata, custom_formats, (name_prefix or "data") + ".merchant_metadata")
        if "is_tpv_enabled" in data_keys:
            data_keys.remove("is_tpv_enabled")
            data__istpvenabled = data["is_tpv_enabled"]
            if not isinstance(data__istpvenabled, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".is_tpv_enabled must be boolean", value=data__istpvenabled, name="" + (name_prefix or "data") + ".is_tpv_enabled", definition={'type': 'boolean', 'description': 'True to require the mandate from bank_account (third-party validation).', 'example': False}, rule='type')
        if "bank_account" in data_keys:
            data_keys.remove("bank_account")
            data__bankaccount = data["bank_account"]
            validate___components_schemas_subscriptionbankaccount(data__bankaccount, custom_formats, (name_prefix or "data") + ".bank_account")
        if "callback_url" in data_keys:
            data_keys.remove("callback_url")
            data__callbackurl = data["callback_url"]
            if not isinstance(data__callbackurl, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".callback_url must be string", value=data__callbackurl, name="" + (name_prefix or "data") + ".callback_url", definition={'type': 'string', 'maxLength': 500, 'description': "Where the customer's browser is sent after mandate set-up.", 'example': 'https://shop.example.com/subscriptions/success'}, rule='type')
            if isinstance(data__callbackurl, str):
                data__callbackurl_len = len(data__callbackurl)
                if data__callbackurl_len > 500:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".callback_url must be shorter than or equal to 500 characters", value=data__callbackurl, name="" + (name_prefix or "data") + ".callback_url", definition={'type': 'string', 'maxLength': 500, 'description': "Where the customer's browser is sent after mandate set-up.", 'example': 'https://shop.example.com/subscriptions/success'}, rule='maxLength')
        if "failure_callback_url" in data_keys:
            data_keys.remove("failure_callback_url")
            data__failurecallbackurl = data["failure_callback_url"]
            if not isinstance(data__failurecallbackurl, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".failure_callback_url must be string", value=data__failurecallbackurl, name="" + (name_prefix or "data") + ".failure_callback_url", definition={'type': 'string', 'maxLength': 500, 'description': "Where the customer's browser is sent when set-up fails.", 'example': 'https://shop.example.com/subscriptions/failure'}, rule='type')
            if isinstance(data__failurecallbackurl, str):
                data__failurecallbackurl_len = len(data__failurecallbackurl)
                if data__failurecallbackurl_len > 500:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".failure_callback_url must be shorter than or equal to 500 characters", value=data__failurecallbackurl, name="" + (name_prefix or "data") + ".failure_callback_url", definition={'type': 'string', 'maxLength': 500, 'description': "Where the customer's browser is sent when set-up fails.", 'example': 'https://shop.example.com/subscriptions/failure'}, rule='maxLength')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'A new subscription of a customer to a plan.', 'required': ['merchant_subscription_reference', 'plan_id', 'start_date', 'end_date', 'customer_id', 'integration_mode'], 'additionalProperties': False, 'properties': {'merchant_subscription_reference': {'type': 'string', 'description': "A merchant's own reference, 1 to 50 of letters, digits, `_` and `-`. Plural's idempotency key for the resource it names.", 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9_-]+$', 'example': 'f4548bbf-a029-43d3-9209-e3385c80b1e9'}, 'plan_id': {'type': 'string', 'description': 'An id Plural gave a plan, subscription or presentation; 1 to 50 letters, digits, `.`, `_` or `-`.', 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9._-]+$'}, 'enable_notification': {'type': 'boolean', 'description': 'True to get webhook notifications for this subscription.', 'example': True}, 'start_date': {'type': 'string', 'format': 'date-time', 'description': 'When the subscription starts (ISO-8601 UTC).', 'example': '2025-07-01T00:00:00.000Z'}, 'end_date': {'type': 'string', 'format': 'date-time', 'description': 'When the subscription ends (ISO-8601 UTC); within 60 days of the start for OT plans.', 'example': '2026-06-30T23:59:59.000Z'}, 'customer_id': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "Plural's id of the customer (from create_customer).", 'example': 'cust-v1-0806250612-aa-RBDgpR'}, 'allowed_payment_methods': {'type': 'array', 'description': 'The payment methods the customer may set the mandate up with.', 'items': {'type': 'string', 'description': 'A payment method a subscription offers the customer.', 'enum': ['CARD', 'UPI', 'POINTS', 'NETBANKING', 'WALLET']}, 'example': ['UPI']}, 'integration_mode': {'type': 'string', 'description': "SEAMLESS (the merchant's own pages) or REDIRECT (Plural's hosted mandate page).", 'enum': ['SEAMLESS', 'REDIRECT']}, 'merchant_metadata': {'type': 'object', 'description': "Up to 10 key-value pairs of the merchant's own, each value at most 256 characters.", 'maxProperties': 10, 'additionalProperties': {'type': 'string', 'maxLength': 256}, 'example': {'key1': 'DD', 'key2': 'XOF'}}, 'is_tpv_enabled': {'type': 'boolean', 'description': 'True to require the mandate from bank_account (third-party validation).', 'example': False}, 'bank_account': {'type': 'object', 'description': "The customer's bank account the mandate must be paid from (third-party validation, TPV).", 'properties': {'account_number': {'type': ['string', 'null'], 'pattern': '^[0-9A-Za-z]{6,30}$', 'description': 'Bank account number, 6 to 30 letters or digits.', 'example': '50100123456789'}, 'name': {'type': ['string', 'null'], 'maxLength': 100, 'description': "The account holder's name.", 'example': 'Kevin Bob'}, 'ifsc': {'type': ['string', 'null'], 'pattern': '^[A-Z]{4}0[A-Z0-9]{6}$', 'description': "The branch's IFSC: 4 letters, 0, then 6 letters or digits.", 'example': 'HDFC0001234'}}, 'additionalProperties': False}, 'callback_url': {'type': 'string', 'maxLength': 500, 'description': "Where the customer's browser is sent after mandate set-up.", 'example': 'https://shop.example.com/subscriptions/success'}, 'failure_callback_url': {'type': 'string', 'maxLength': 500, 'description': "Where the customer's browser is sent when set-up fails.", 'example': 'https://shop.example.com/subscriptions/failure'}}}, rule='additionalProperties')
    return data

def validate___components_schemas_subscriptionbankaccount(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': "The customer's bank account the mandate must be paid from (third-party validation, TPV).", 'properties': {'account_number': {'type': ['string', 'null'], 'pattern': '^[0-9A-Za-z]{6,30}$', 'description': 'Bank account number, 6 to 30 letters or digits.', 'example': '50100123456789'}, 'name': {'type': ['string', 'null'], 'maxLength': 100, 'description': "The account holder's name.", 'example': 'Kevin Bob'}, 'ifsc': {'type': ['string', 'null'], 'pattern': '^[A-Z]{4}0[A-Z0-9]{6}$', 'description': "The branch's IFSC: 4 letters, 0, then 6 letters or digits.", 'example': 'HDFC0001234'}}, 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "account_number" in data_keys:
            data_keys.remove("account_number")
            data__accountnumber = data["account_number"]
            if not isinstance(data__accountnumber, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".account_number must be string or null", value=data__accountnumber, name="" + (name_prefix or "data") + ".account_number", definition={'type': ['string', 'null'], 'pattern': '^[0-9A-Za-z]{6,30}$', 'description': 'Bank account number, 6 to 30 letters or digits.', 'example': '50100123456789'}, rule='type')
            if isinstance(data__accountnumber, str):
                if not REGEX_PATTERNS['^[0-9A-Za-z]{6,30}$'].search(data__accountnumber):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".account_number must match pattern ^[0-9A-Za-z]{6,30}$", value=data__accountnumber, name="" + (name_prefix or "data") + ".account_number", definition={'type': ['string', 'null'], 'pattern': '^[0-9A-Za-z]{6,30}$', 'description': 'Bank account number, 6 to 30 letters or digits.', 'example': '50100123456789'}, rule='pattern')
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            if not isinstance(data__name, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be string or null", value=data__name, name="" + (name_prefix or "data") + ".name", definition={'type': ['string', 'null'], 'maxLength': 100, 'description': "The account holder's name.", 'example': 'Kevin Bob'}, rule='type')
            if isinstance(data__name, str):
                data__name_len = len(data__name)
                if data__name_len > 100:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be shorter than or equal to 100 characters", value=data__name, name="" + (name_prefix or "data") + ".name", definition={'type': ['string', 'null'], 'maxLength': 100, 'description': "The account holder's name.", 'example': 'Kevin Bob'}, rule='maxLength')
        if "ifsc" in data_keys:
            data_keys.remove("ifsc")
            data__ifsc = data["ifsc"]
            if not isinstance(data__ifsc, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".ifsc must be string or null", value=data__ifsc, name="" + (name_prefix or "data") + ".ifsc", definition={'type': ['string', 'null'], 'pattern': '^[A-Z]{4}0[A-Z0-9]{6}$', 'description': "The branch's IFSC: 4 letters, 0, then 6 letters or digits.", 'example': 'HDFC0001234'}, rule='type')
            if isinstance(data__ifsc, str):
                if not REGEX_PATTERNS['^[A-Z]{4}0[A-Z0-9]{6}$'].search(data__ifsc):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".ifsc must match pattern ^[A-Z]{4}0[A-Z0-9]{6}$", value=data__ifsc, name="" + (name_prefix or "data") + ".ifsc", definition={'type': ['string', 'null'], 'pattern': '^[A-Z]{4}0[A-Z0-9]{6}$', 'description': "The branch's IFSC: 4 letters, 0, then 6 letters or digits.", 'example': 'HDFC0001234'}, rule='pattern')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': "The customer's bank account the mandate must be paid from (third-party validation, TPV).", 'properties': {'account_number': {'type': ['string', 'null'], 'pattern': '^[0-9A-Za-z]{6,30}$', 'description': 'Bank account number, 6 to 30 letters or digits.', 'example': '50100123456789'}, 'name': {'type': ['string', 'null'], 'maxLength': 100, 'description': "The account holder's name.", 'example': 'Kevin Bob'}, 'ifsc': {'type': ['string', 'null'], 'pattern': '^[A-Z]{4}0[A-Z0-9]{6}$', 'description': "The branch's IFSC: 4 letters, 0, then 6 letters or digits.", 'example': 'HDFC0001234'}}, 'additionalProperties': False}, rule='additionalProperties')
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

def validate___components_schemas_subscriptionintegrationmode(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'description': "SEAMLESS (the merchant's own pages) or REDIRECT (Plural's hosted mandate page).", 'enum': ['SEAMLESS', 'REDIRECT']}, rule='type')
    if not (isinstance(data, str) and data == 'SEAMLESS' or isinstance(data, str) and data == 'REDIRECT'):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be one of ['SEAMLESS', 'REDIRECT']", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'description': "SEAMLESS (the merchant's own pages) or REDIRECT (Plural's hosted mandate page).", 'enum': ['SEAMLESS', 'REDIRECT']}, rule='enum')
    return data

def validate___components_schemas_subscriptionpaymentmethod(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'description': 'A payment method a subscription offers the customer.', 'enum': ['CARD', 'UPI', 'POINTS', 'NETBANKING', 'WALLET']}, rule='type')
    if not (isinstance(data, str) and data == 'CARD' or isinstance(data, str) and data == 'UPI' or isinstance(data, str) and data == 'POINTS' or isinstance(data, str) and data == 'NETBANKING' or isinstance(data, str) and data == 'WALLET'):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be one of ['CARD', 'UPI', 'POINTS', 'NETBANKING', 'WALLET']", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'description': 'A payment method a subscription offers the customer.', 'enum': ['CARD', 'UPI', 'POINTS', 'NETBANKING', 'WALLET']}, rule='enum')
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
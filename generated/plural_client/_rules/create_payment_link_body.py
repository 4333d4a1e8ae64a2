# Written by `make generate` (scripts/compile_rules.py) from the spec: do not edit.
VERSION = "2.22.3"
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


REGEX_PATTERNS = {
    'date-time_re_pattern': re.compile('^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)(t|T)(?:[01]\\d|2[0-3]):[0-5]\\d:(?:[0-5]\\d|60)(?:\\.\\d+)?(?:[+-](?:[01]\\d|2[0-3]):[0-5]\\d|[+-](?:[01]\\d|2[0-3])[0-5]\\d|z|Z)\\Z'),
    '^[A-Z]{4}0[A-Z0-9]{6}$': re.compile('^[A-Z]{4}0[A-Z0-9]{6}\\Z'),
    '^[A-Z]{3}$': re.compile('^[A-Z]{3}\\Z'),
    '^[0-9]{9,20}$': re.compile('^[0-9]{9,20}\\Z'),
    '^\\+?[0-9]{1,4}$': re.compile('^\\+?[0-9]{1,4}\\Z'),
    '^[A-Za-z0-9_-]+$': re.compile('^[A-Za-z0-9_-]+\\Z')
}

NoneType = type(None)

def validate(data, custom_formats={}, name_prefix=None):
    validate___components_x_plural_request(data, custom_formats, (name_prefix or "data") + "")
    return data

def validate___components_x_plural_request(data, custom_formats={}, name_prefix=None):
    validate___components_schemas_createpaymentlinkrequest(data, custom_formats, (name_prefix or "data") + "")
    return data

def validate___components_schemas_createpaymentlinkrequest(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'A new payment link.', 'required': ['amount', 'merchant_payment_link_reference'], 'additionalProperties': False, 'properties': {'amount': {'type': 'object', 'description': "An amount of money in the currency's smallest unit (paise for INR).", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 100, 'maximum': 100000000, 'description': 'Amount in paise, from 100 (1 rupee) to 100000000 (10 lakh rupees).', 'example': 1100}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code; Plural accepts INR.', 'example': 'INR'}}, 'additionalProperties': False}, 'merchant_payment_link_reference': {'type': 'string', 'description': "A merchant's own reference, 1 to 50 of letters, digits, `_` and `-`. Plural's idempotency key for the resource it names.", 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9_-]+$', 'example': 'f4548bbf-a029-43d3-9209-e3385c80b1e9'}, 'description': {'type': 'string', 'description': 'What the customer pays for.', 'example': 'Invoice 2024-000123'}, 'expire_by': {'type': 'string', 'format': 'date-time', 'description': 'When the link expires, ISO 8601 UTC, at most 180 days ahead.', 'example': '2025-04-05T18:30:00.000Z'}, 'allowed_payment_methods': {'type': 'array', 'description': 'The payment methods the customer may use; each must be enabled for the merchant.', 'items': {'type': 'string', 'description': 'A payment method an order allows or a payment uses.', 'enum': ['CARD', 'UPI', 'NETBANKING', 'WALLET', 'CREDIT_EMI', 'DEBIT_EMI', 'CARDLESS_EMI', 'POINTS', 'BNPL'], 'example': 'CARD'}}, 'pre_auth': {'type': 'string', 'enum': ['true', 'false'], 'description': '"true" to authorize only and capture later; "false" (the default) to charge at once.', 'example': 'false'}, 'is_mcc_transaction': {'type': 'string', 'enum': ['true', 'false'], 'description': '"true" for a multi-currency (MCC) link; "false" (the default) otherwise.', 'example': 'false'}, 'callback_url': {'type': 'string', 'maxLength': 500, 'description': "Where the customer's browser is sent after paying.", 'example': 'https://shop.example.com/payment/return'}, 'failure_callback_url': {'type': 'string', 'maxLength': 500, 'description': "Where the customer's browser is sent after a failed payment; callback_url if not given.", 'example': 'https://shop.example.com/payment/failed'}, 'customer': {'type': 'object', 'description': 'The customer a payment link is for.', 'properties': {'email_id': {'type': 'string', 'maxLength': 50, 'description': 'Email address the link is sent to.', 'example': 'kevin.bob@example.com'}, 'first_name': {'type': 'string', 'maxLength': 50, 'description': 'First name.', 'example': 'Kevin'}, 'last_name': {'type': 'string', 'maxLength': 50, 'description': 'Last name.', 'example': 'Bob'}, 'customer_id': {'type': 'string', 'maxLength': 50, 'description': "Plural's customer id, when the customer has a profile.", 'example': 'cust-v1-0811030624-aa-RBDgpR'}, 'mobile_number': {'type': 'string', 'pattern': '^[0-9]{9,20}$', 'description': 'Mobile number the link is sent to, 9 to 20 digits.', 'example': '9876543210'}, 'country_code': {'type': 'string', 'pattern': '^\\+?[0-9]{1,4}$', 'description': 'Country calling code of the mobile number, up to 4 digits with an optional leading `+`.', 'example': '91'}, 'billing_address': {'$ref': '#/components/schemas/Address'}, 'shipping_address': {'$ref': '#/components/schemas/Address'}, 'merchant_customer_reference': {'type': 'string', 'maxLength': 50, 'description': "The merchant's own reference of the customer.", 'example': 'cust-ref-000123'}, 'gstin': {'type': 'string', 'maxLength': 15, 'description': "The customer's GSTIN (15 characters), for a GST invoice.", 'example': '29ABCDE1234F1Z5'}}, 'additionalProperties': False}, 'product_details': {'type': 'array', 'description': 'The products paid for.', 'items': {'type': 'object', 'description': 'A product the payment link is for.', 'properties': {'product_code': {'type': 'string', 'minLength': 1, 'description': "The merchant's product code.", 'example': 'SKU-TSHIRT-M'}, 'product_amount': {'$ref': '#/components/schemas/Money'}, 'product_coupon_discount_amount': {'$ref': '#/components/schemas/Money'}}, 'additionalProperties': False}}, 'cart_coupon_discount_amount': {'type': 'object', 'description': "Any other sum of money (a discount, a fee, a balance, a breakdown line), in the\ncurrency's smallest unit; unlike `Amount` it may be below one rupee, or zero.\n", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 0, 'description': 'Amount in the smallest unit of the currency (paise for INR).', 'example': 500}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code.', 'example': 'INR'}}, 'additionalProperties': False}, 'merchant_metadata': {'type': 'object', 'description': "Up to 10 key-value pairs of the merchant's own, each value at most 256 characters.", 'maxProperties': 10, 'additionalProperties': {'type': 'string', 'maxLength': 256}, 'example': {'key1': 'DD', 'key2': 'XOF'}}, 'split_info': {'type': 'object', 'description': 'How the payment is split between partner merchants.', 'properties': {'split_type': {'type': 'string', 'description': 'How shares are given (AMOUNT).', 'example': 'AMOUNT'}, 'split_details': {'type': 'array', 'description': 'One entry per partner merchant.', 'items': {'$ref': '#/components/schemas/PaymentLinkSplitDetail'}}}, 'additionalProperties': False}, 'account_details': {'type': 'object', 'description': "The customer's bank account details.", 'properties': {'bank_details': {'$ref': '#/components/schemas/PaymentLinkBankDetails'}}, 'additionalProperties': False}, 'part_payment': {'type': 'boolean', 'description': 'True to let the customer pay in parts.', 'example': False}, 'cart_details': {'type': 'object', 'description': 'The cart shown on the payment page.', 'additionalProperties': False, 'properties': {'items': {'type': 'array', 'description': "The cart's items.", 'items': {'$ref': '#/components/schemas/CheckoutProduct'}}}}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['amount', 'merchant_payment_link_reference']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'A new payment link.', 'required': ['amount', 'merchant_payment_link_reference'], 'additionalProperties': False, 'properties': {'amount': {'type': 'object', 'description': "An amount of money in the currency's smallest unit (paise for INR).", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 100, 'maximum': 100000000, 'description': 'Amount in paise, from 100 (1 rupee) to 100000000 (10 lakh rupees).', 'example': 1100}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code; Plural accepts INR.', 'example': 'INR'}}, 'additionalProperties': False}, 'merchant_payment_link_reference': {'type': 'string', 'description': "A merchant's own reference, 1 to 50 of letters, digits, `_` and `-`. Plural's idempotency key for the resource it names.", 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9_-]+$', 'example': 'f4548bbf-a029-43d3-9209-e3385c80b1e9'}, 'description': {'type': 'string', 'description': 'What the customer pays for.', 'example': 'Invoice 2024-000123'}, 'expire_by': {'type': 'string', 'format': 'date-time', 'description': 'When the link expires, ISO 8601 UTC, at most 180 days ahead.', 'example': '2025-04-05T18:30:00.000Z'}, 'allowed_payment_methods': {'type': 'array', 'description': 'The payment methods the customer may use; each must be enabled for the merchant.', 'items': {'type': 'string', 'description': 'A payment method an order allows or a payment uses.', 'enum': ['CARD', 'UPI', 'NETBANKING', 'WALLET', 'CREDIT_EMI', 'DEBIT_EMI', 'CARDLESS_EMI', 'POINTS', 'BNPL'], 'example': 'CARD'}}, 'pre_auth': {'type': 'string', 'enum': ['true', 'false'], 'description': '"true" to authorize only and capture later; "false" (the default) to charge at once.', 'example': 'false'}, 'is_mcc_transaction': {'type': 'string', 'enum': ['true', 'false'], 'description': '"true" for a multi-currency (MCC) link; "false" (the default) otherwise.', 'example': 'false'}, 'callback_url': {'type': 'string', 'maxLength': 500, 'description': "Where the customer's browser is sent after paying.", 'example': 'https://shop.example.com/payment/return'}, 'failure_callback_url': {'type': 'string', 'maxLength': 500, 'description': "Where the customer's browser is sent after a failed payment; callback_url if not given.", 'example': 'https://shop.example.com/payment/failed'}, 'customer': {'type': 'object', 'description': 'The customer a payment link is for.', 'properties': {'email_id': {'type': 'string', 'maxLength': 50, 'description': 'Email address the link is sent to.', 'example': 'kevin.bob@example.com'}, 'first_name': {'type': 'string', 'maxLength': 50, 'description': 'First name.', 'example': 'Kevin'}, 'last_name': {'type': 'string', 'maxLength': 50, 'description': 'Last name.', 'example': 'Bob'}, 'customer_id': {'type': 'string', 'maxLength': 50, 'description': "Plural's customer id, when the customer has a profile.", 'example': 'cust-v1-0811030624-aa-RBDgpR'}, 'mobile_number': {'type': 'string', 'pattern': '^[0-9]{9,20}$', 'description': 'Mobile number the link is sent to, 9 to 20 digits.', 'example': '9876543210'}, 'country_code': {'type': 'string', 'pattern': '^\\+?[0-9]{1,4}$', 'description': 'Country calling code of the mobile number, up to 4 digits with an optional leading `+`.', 'example': '91'}, 'billing_address': {'$ref': '#/components/schemas/Address'}, 'shipping_address': {'$ref': '#/components/schemas/Address'}, 'merchant_customer_reference': {'type': 'string', 'maxLength': 50, 'description': "The merchant's own reference of the customer.", 'example': 'cust-ref-000123'}, 'gstin': {'type': 'string', 'maxLength': 15, 'description': "The customer's GSTIN (15 characters), for a GST invoice.", 'example': '29ABCDE1234F1Z5'}}, 'additionalProperties': False}, 'product_details': {'type': 'array', 'description': 'The products paid for.', 'items': {'type': 'object', 'description': 'A product the payment link is for.', 'properties': {'product_code': {'type': 'string', 'minLength': 1, 'description': "The merchant's product code.", 'example': 'SKU-TSHIRT-M'}, 'product_amount': {'$ref': '#/components/schemas/Money'}, 'product_coupon_discount_amount': {'$ref': '#/components/schemas/Money'}}, 'additionalProperties': False}}, 'cart_coupon_discount_amount': {'type': 'object', 'description': "Any other sum of money (a discount, a fee, a balance, a breakdown line), in the\ncurrency's smallest unit; unlike `Amount` it may be below one rupee, or zero.\n", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 0, 'description': 'Amount in the smallest unit of the currency (paise for INR).', 'example': 500}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code.', 'example': 'INR'}}, 'additionalProperties': False}, 'merchant_metadata': {'type': 'object', 'description': "Up to 10 key-value pairs of the merchant's own, each value at most 256 characters.", 'maxProperties': 10, 'additionalProperties': {'type': 'string', 'maxLength': 256}, 'example': {'key1': 'DD', 'key2': 'XOF'}}, 'split_info': {'type': 'object', 'description': 'How the payment is split between partner merchants.', 'properties': {'split_type': {'type': 'string', 'description': 'How shares are given (AMOUNT).', 'example': 'AMOUNT'}, 'split_details': {'type': 'array', 'description': 'One entry per partner merchant.', 'items': {'$ref': '#/components/schemas/PaymentLinkSplitDetail'}}}, 'additionalProperties': False}, 'account_details': {'type': 'object', 'description': "The customer's bank account details.", 'properties': {'bank_details': {'$ref': '#/components/schemas/PaymentLinkBankDetails'}}, 'additionalProperties': False}, 'part_payment': {'type': 'boolean', 'description': 'True to let the customer pay in parts.', 'example': False}, 'cart_details': {'type': 'object', 'description': 'The cart shown on the payment page.', 'additionalProperties': False, 'properties': {'items': {'type': 'array', 'description': "The cart's items.", 'items': {'$ref': '#/components/schemas/CheckoutProduct'}}}}}}, rule='required')
        data_keys = set(data.keys())
        if "amount" in data_keys:
            data_keys.remove("amount")
            data__amount = data["amount"]
            validate___components_schemas_amount(data__amount, custom_formats, (name_prefix or "data") + ".amount")
        if "merchant_payment_link_reference" in data_keys:
            data_keys.remove("merchant_payment_link_reference")
            data__merchantpaymentlinkreference = data["merchant_payment_link_reference"]
            validate___components_schemas_merchantreference(data__merchantpaymentlinkreference, custom_formats, (name_prefix or "data") + ".merchant_payment_link_reference")
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            if not isinstance(data__description, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".description must be string", value=data__description, name="" + (name_prefix or "data") + ".description", definition={'type': 'string', 'description': 'What the customer pays for.', 'example': 'Invoice 2024-000123'}, rule='type')
        if "expire_by" in data_keys:
            data_keys.remove("expire_by")
            data__expireby = data["expire_by"]
            if not isinstance(data__expireby, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".expire_by must be string", value=data__expireby, name="" + (name_prefix or "data") + ".expire_by", definition={'type': 'string', 'format': 'date-time', 'description': 'When the link expires, ISO 8601 UTC, at most 180 days ahead.', 'example': '2025-04-05T18:30:00.000Z'}, rule='type')
            if isinstance(data__expireby, str):
                if not REGEX_PATTERNS["date-time_re_pattern"].match(data__expireby):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".expire_by must be date-time", value=data__expireby, name="" + (name_prefix or "data") + ".expire_by", definition={'type': 'string', 'format': 'date-time', 'description': 'When the link expires, ISO 8601 UTC, at most 180 days ahead.', 'example': '2025-04-05T18:30:00.000Z'}, rule='format')
        if "allowed_payment_methods" in data_keys:
            data_keys.remove("allowed_payment_methods")
            data__allowedpaymentmethods = data["allowed_payment_methods"]
            if not isinstance(data__allowedpaymentmethods, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".allowed_payment_methods must be array", value=data__allowedpaymentmethods, name="" + (name_prefix or "data") + ".allowed_payment_methods", definition={'type': 'array', 'description': 'The payment methods the customer may use; each must be enabled for the merchant.', 'items': {'type': 'string', 'description': 'A payment method an order allows or a payment uses.', 'enum': ['CARD', 'UPI', 'NETBANKING', 'WALLET', 'CREDIT_EMI', 'DEBIT_EMI', 'CARDLESS_EMI', 'POINTS', 'BNPL'], 'example': 'CARD'}}, rule='type')
            data__allowedpaymentmethods_is_list = isinstance(data__allowedpaymentmethods, (list, tuple))
            if data__allowedpaymentmethods_is_list:
                data__allowedpaymentmethods_len = len(data__allowedpaymentmethods)
                for data__allowedpaymentmethods_x, data__allowedpaymentmethods_item in enumerate(data__allowedpaymentmethods):
                    validate___components_schemas_paymentmethod(data__allowedpaymentmethods_item, custom_formats, (name_prefix or "data") + ".allowed_payment_methods[{data__allowedpaymentmethods_x}]".format(**locals()))
        if "pre_auth" in data_keys:
            data_keys.remove("pre_auth")
            data__preauth = data["pre_auth"]
            if not isinstance(data__preauth, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".pre_auth must be string", value=data__preauth, name="" + (name_prefix or "data") + ".pre_auth", definition={'type': 'string', 'enum': ['true', 'false'], 'description': '"true" to authorize only and capture later; "false" (the default) to charge at once.', 'example': 'false'}, rule='type')
            if not (isinstance(data__preauth, str) and data__preauth == 'true' or isinstance(data__preauth, str) and data__preauth == 'false'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".pre_auth must be one of ['true', 'false']", value=data__preauth, name="" + (name_prefix or "data") + ".pre_auth", definition={'type': 'string', 'enum': ['true', 'false'], 'description': '"true" to authorize only and capture later; "false" (the default) to charge at once.', 'example': 'false'}, rule='enum')
        if "is_mcc_transaction" in data_keys:
            data_keys.remove("is_mcc_transaction")
            data__ismcctransaction = data["is_mcc_transaction"]
            if not isinstance(data__ismcctransaction, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".is_mcc_transaction must be string", value=data__ismcctransaction, name="" + (name_prefix or "data") + ".is_mcc_transaction", definition={'type': 'string', 'enum': ['true', 'false'], 'description': '"true" for a multi-currency (MCC) link; "false" (the default) otherwise.', 'example': 'false'}, rule='type')
            if not (isinstance(data__ismcctransaction, str) and data__ismcctransaction == 'true' or isinstance(data__ismcctransaction, str) and data__ismcctransaction == 'false'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".is_mcc_transaction must be one of ['true', 'false']", value=data__ismcctransaction, name="" + (name_prefix or "data") + ".is_mcc_transaction", definition={'type': 'string', 'enum': ['true', 'false'], 'description': '"true" for a multi-currency (MCC) link; "false" (the default) otherwise.', 'example': 'false'}, rule='enum')
        if "callback_url" in data_keys:
            data_keys.remove("callback_url")
            data__callbackurl = data["callback_url"]
            if not isinstance(data__callbackurl, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".callback_url must be string", value=data__callbackurl, name="" + (name_prefix or "data") + ".callback_url", definition={'type': 'string', 'maxLength': 500, 'description': "Where the customer's browser is sent after paying.", 'example': 'https://shop.example.com/payment/return'}, rule='type')
            if isinstance(data__callbackurl, str):
                data__callbackurl_len = len(data__callbackurl)
                if data__callbackurl_len > 500:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".callback_url must be shorter than or equal to 500 characters", value=data__callbackurl, name="" + (name_prefix or "data") + ".callback_url", definition={'type': 'string', 'maxLength': 500, 'description': "Where the customer's browser is sent after paying.", 'example': 'https://shop.example.com/payment/return'}, rule='maxLength')
        if "failure_callback_url" in data_keys:
            data_keys.remove("failure_callback_url")
            data__failurecallbackurl = data["failure_callback_url"]
            if not isinstance(data__failurecallbackurl, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".failure_callback_url must be string", value=data__failurecallbackurl, name="" + (name_prefix or "data") + ".failure_callback_url", definition={'type': 'string', 'maxLength': 500, 'description': "Where the customer's browser is sent after a failed payment; callback_url if not given.", 'example': 'https://shop.example.com/payment/failed'}, rule='type')
            if isinstance(data__failurecallbackurl, str):
                data__failurecallbackurl_len = len(data__failurecallbackurl)
                if data__failurecallbackurl_len > 500:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".failure_callback_url must be shorter than or equal to 500 characters", value=data__failurecallbackurl, name="" + (name_prefix or "data") + ".failure_callback_url", definition={'type': 'string', 'maxLength': 500, 'description': "Where the customer's browser is sent after a failed payment; callback_url if not given.", 'example': 'https://shop.example.com/payment/failed'}, rule='maxLength')
        if "customer" in data_keys:
            data_keys.remove("customer")
            data__customer = data["customer"]
            validate___components_schemas_paymentlinkcustomer(data__customer, custom_formats, (name_prefix or "data") + ".customer")
        if "product_details" in data_keys:
            data_keys.remove("product_details")
            data__productdetails = data["product_details"]
            if not isinstance(data__productdetails, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".product_details must be array", value=data__productdetails, name="" + (name_prefix or "data") + ".product_details", definition={'type': 'array', 'description': 'The products paid for.', 'items': {'type': 'object', 'description': 'A product the payment link is for.', 'properties': {'product_code': {'type': 'string', 'minLength': 1, 'description': "The merchant's product code.", 'example': 'SKU-TSHIRT-M'}, 'product_amount': {'$ref': '#/components/schemas/Money'}, 'product_coupon_discount_amount': {'$ref': '#/components/schemas/Money'}}, 'additionalProperties': False}}, rule='type')
            data__productdetails_is_list = isinstance(data__productdetails, (list, tuple))
            if data__productdetails_is_list:
                data__productdetails_len = len(data__productdetails)
                for data__productdetails_x, data__productdetails_item in enumerate(data__productdetails):
                    validate___components_schemas_paymentlinkproduct(data__productdetails_item, custom_formats, (name_prefix or "data") + ".product_details[{data__productdetails_x}]".format(**locals()))
        if "cart_coupon_discount_amount" in data_keys:
            data_keys.remove("cart_coupon_discount_amount")
            data__cartcoupondiscountamount = data["cart_coupon_discount_amount"]
            validate___components_schemas_money(data__cartcoupondiscountamount, custom_formats, (name_prefix or "data") + ".cart_coupon_discount_amount")
        if "merchant_metadata" in data_keys:
            data_keys.remove("merchant_metadata")
            data__merchantmetadata = data["merchant_metadata"]
            validate___components_schemas_merchantmetadata(data__merchantmetadata, custom_formats, (name_prefix or "data") + ".merchant_metadata")
        if "split_info" in data_keys:
            data_keys.remove("split_info")
            data__splitinfo = data["split_info"]
            validate___components_schemas_paymentlinksplitinfo(data__splitinfo, custom_formats, (name_prefix or "data") + ".split_info")
        if "account_details" in data_keys:
            data_keys.remove("account_details")
            data__accountdetails = data["account_details"]
            validate___components_schemas_paymentlinkaccountdetails(data__accountdetails, custom_formats, (name_prefix or "data") + ".account_details")
        if "part_payment" in data_keys:
            data_keys.remove("part_payment")
            data__partpayment = data["part_payment"]
            if not isinstance(data__partpayment, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".part_payment must be boolean", value=data__partpayment, name="" + (name_prefix or "data") + ".part_payment", definition={'type': 'boolean', 'description': 'True to let the customer pay in parts.', 'example': False}, rule='type')
        if "cart_details" in data_keys:
            data_keys.remove("cart_details")
            data__cartdetails = data["cart_details"]
            validate___components_schemas_paymentlinkcartdetails(data__cartdetails, custom_formats, (name_prefix or "data") + ".cart_details")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'A new payment link.', 'required': ['amount', 'merchant_payment_link_reference'], 'additionalProperties': False, 'properties': {'amount': {'type': 'object', 'description': "An amount of money in the currency's smallest unit (paise for INR).", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 100, 'maximum': 100000000, 'description': 'Amount in paise, from 100 (1 rupee) to 100000000 (10 lakh rupees).', 'example': 1100}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code; Plural accepts INR.', 'example': 'INR'}}, 'additionalProperties': False}, 'merchant_payment_link_reference': {'type': 'string', 'description': "A merchant's own reference, 1 to 50 of letters, digits, `_` and `-`. Plural's idempotency key for the resource it names.", 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9_-]+$', 'example': 'f4548bbf-a029-43d3-9209-e3385c80b1e9'}, 'description': {'type': 'string', 'description': 'What the customer pays for.', 'example': 'Invoice 2024-000123'}, 'expire_by': {'type': 'string', 'format': 'date-time', 'description': 'When the link expires, ISO 8601 UTC, at most 180 days ahead.', 'example': '2025-04-05T18:30:00.000Z'}, 'allowed_payment_methods': {'type': 'array', 'description': 'The payment methods the customer may use; each must be enabled for the merchant.', 'items': {'type': 'string', 'description': 'A payment method an order allows or a payment uses.', 'enum': ['CARD', 'UPI', 'NETBANKING', 'WALLET', 'CREDIT_EMI', 'DEBIT_EMI', 'CARDLESS_EMI', 'POINTS', 'BNPL'], 'example': 'CARD'}}, 'pre_auth': {'type': 'string', 'enum': ['true', 'false'], 'description': '"true" to authorize only and capture later; "false" (the default) to charge at once.', 'example': 'false'}, 'is_mcc_transaction': {'type': 'string', 'enum': ['true', 'false'], 'description': '"true" for a multi-currency (MCC) link; "false" (the default) otherwise.', 'example': 'false'}, 'callback_url': {'type': 'string', 'maxLength': 500, 'description': "Where the customer's browser is sent after paying.", 'example': 'https://shop.example.com/payment/return'}, 'failure_callback_url': {'type': 'string', 'maxLength': 500, 'description': "Where the customer's browser is sent after a failed payment; callback_url if not given.", 'example': 'https://shop.example.com/payment/failed'}, 'customer': {'type': 'object', 'description': 'The customer a payment link is for.', 'properties': {'email_id': {'type': 'string', 'maxLength': 50, 'description': 'Email address the link is sent to.', 'example': 'kevin.bob@example.com'}, 'first_name': {'type': 'string', 'maxLength': 50, 'description': 'First name.', 'example': 'Kevin'}, 'last_name': {'type': 'string', 'maxLength': 50, 'description': 'Last name.', 'example': 'Bob'}, 'customer_id': {'type': 'string', 'maxLength': 50, 'description': "Plural's customer id, when the customer has a profile.", 'example': 'cust-v1-0811030624-aa-RBDgpR'}, 'mobile_number': {'type': 'string', 'pattern': '^[0-9]{9,20}$', 'description': 'Mobile number the link is sent to, 9 to 20 digits.', 'example': '9876543210'}, 'country_code': {'type': 'string', 'pattern': '^\\+?[0-9]{1,4}$', 'description': 'Country calling code of the mobile number, up to 4 digits with an optional leading `+`.', 'example': '91'}, 'billing_address': {'$ref': '#/components/schemas/Address'}, 'shipping_address': {'$ref': '#/components/schemas/Address'}, 'merchant_customer_reference': {'type': 'string', 'maxLength': 50, 'description': "The merchant's own reference of the customer.", 'example': 'cust-ref-000123'}, 'gstin': {'type': 'string', 'maxLength': 15, 'description': "The customer's GSTIN (15 characters), for a GST invoice.", 'example': '29ABCDE1234F1Z5'}}, 'additionalProperties': False}, 'product_details': {'type': 'array', 'description': 'The products paid for.', 'items': {'type': 'object', 'description': 'A product the payment link is for.', 'properties': {'product_code': {'type': 'string', 'minLength': 1, 'description': "The merchant's product code.", 'example': 'SKU-TSHIRT-M'}, 'product_amount': {'$ref': '#/components/schemas/Money'}, 'product_coupon_discount_amount': {'$ref': '#/components/schemas/Money'}}, 'additionalProperties': False}}, 'cart_coupon_discount_amount': {'type': 'object', 'description': "Any other sum of money (a discount, a fee, a balance, a breakdown line), in the\ncurrency's smallest unit; unlike `Amount` it may be below one rupee, or zero.\n", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 0, 'description': 'Amount in the smallest unit of the currency (paise for INR).', 'example': 500}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code.', 'example': 'INR'}}, 'additionalProperties': False}, 'merchant_metadata': {'type': 'object', 'description': "Up to 10 key-value pairs of the merchant's own, each value at most 256 characters.", 'maxProperties': 10, 'additionalProperties': {'type': 'string', 'maxLength': 256}, 'example': {'key1': 'DD', 'key2': 'XOF'}}, 'split_info': {'type': 'object', 'description': 'How the payment is split between partner merchants.', 'properties': {'split_type': {'type': 'string', 'description': 'How shares are given (AMOUNT).', 'example': 'AMOUNT'}, 'split_details': {'type': 'array', 'description': 'One entry per partner merchant.', 'items': {'$ref': '#/components/schemas/PaymentLinkSplitDetail'}}}, 'additionalProperties': False}, 'account_details': {'type': 'object', 'description': "The customer's bank account details.", 'properties': {'bank_details': {'$ref': '#/components/schemas/PaymentLinkBankDetails'}}, 'additionalProperties': False}, 'part_payment': {'type': 'boolean', 'description': 'True to let the customer pay in parts.', 'example': False}, 'cart_details': {'type': 'object', 'description': 'The cart shown on the payment page.', 'additionalProperties': False, 'properties': {'items': {'type': 'array', 'description': "The cart's items.", 'items': {'$ref': '#/components/schemas/CheckoutProduct'}}}}}}, rule='additionalProperties')
    return data

def validate___components_schemas_paymentlinkcartdetails(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'The cart shown on the payment page.', 'additionalProperties': False, 'properties': {'items': {'type': 'array', 'description': "The cart's items.", 'items': {'type': 'object', 'description': 'A product of the cart (EMI orders need them).', 'additionalProperties': False, 'properties': {'product_code': {'type': 'string', 'minLength': 1, 'description': "The merchant's product code.", 'example': 'SKU-TSHIRT-M'}, 'product_amount': {'$ref': '#/components/schemas/Money'}}}}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "items" in data_keys:
            data_keys.remove("items")
            data__items = data["items"]
            if not isinstance(data__items, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".items must be array", value=data__items, name="" + (name_prefix or "data") + ".items", definition={'type': 'array', 'description': "The cart's items.", 'items': {'type': 'object', 'description': 'A product of the cart (EMI orders need them).', 'additionalProperties': False, 'properties': {'product_code': {'type': 'string', 'minLength': 1, 'description': "The merchant's product code.", 'example': 'SKU-TSHIRT-M'}, 'product_amount': {'$ref': '#/components/schemas/Money'}}}}, rule='type')
            data__items_is_list = isinstance(data__items, (list, tuple))
            if data__items_is_list:
                data__items_len = len(data__items)
                for data__items_x, data__items_item in enumerate(data__items):
                    validate___components_schemas_checkoutproduct(data__items_item, custom_formats, (name_prefix or "data") + ".items[{data__items_x}]".format(**locals()))
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'The cart shown on the payment page.', 'additionalProperties': False, 'properties': {'items': {'type': 'array', 'description': "The cart's items.", 'items': {'type': 'object', 'description': 'A product of the cart (EMI orders need them).', 'additionalProperties': False, 'properties': {'product_code': {'type': 'string', 'minLength': 1, 'description': "The merchant's product code.", 'example': 'SKU-TSHIRT-M'}, 'product_amount': {'$ref': '#/components/schemas/Money'}}}}}}, rule='additionalProperties')
    return data

def validate___components_schemas_checkoutproduct(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'A product of the cart (EMI orders need them).', 'additionalProperties': False, 'properties': {'product_code': {'type': 'string', 'minLength': 1, 'description': "The merchant's product code.", 'example': 'SKU-TSHIRT-M'}, 'product_amount': {'type': 'object', 'description': "Any other sum of money (a discount, a fee, a balance, a breakdown line), in the\ncurrency's smallest unit; unlike `Amount` it may be below one rupee, or zero.\n", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 0, 'description': 'Amount in the smallest unit of the currency (paise for INR).', 'example': 500}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code.', 'example': 'INR'}}, 'additionalProperties': False}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "product_code" in data_keys:
            data_keys.remove("product_code")
            data__productcode = data["product_code"]
            if not isinstance(data__productcode, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".product_code must be string", value=data__productcode, name="" + (name_prefix or "data") + ".product_code", definition={'type': 'string', 'minLength': 1, 'description': "The merchant's product code.", 'example': 'SKU-TSHIRT-M'}, rule='type')
            if isinstance(data__productcode, str):
                data__productcode_len = len(data__productcode)
                if data__productcode_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".product_code must be longer than or equal to 1 characters", value=data__productcode, name="" + (name_prefix or "data") + ".product_code", definition={'type': 'string', 'minLength': 1, 'description': "The merchant's product code.", 'example': 'SKU-TSHIRT-M'}, rule='minLength')
        if "product_amount" in data_keys:
            data_keys.remove("product_amount")
            data__productamount = data["product_amount"]
            validate___components_schemas_money(data__productamount, custom_formats, (name_prefix or "data") + ".product_amount")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'A product of the cart (EMI orders need them).', 'additionalProperties': False, 'properties': {'product_code': {'type': 'string', 'minLength': 1, 'description': "The merchant's product code.", 'example': 'SKU-TSHIRT-M'}, 'product_amount': {'type': 'object', 'description': "Any other sum of money (a discount, a fee, a balance, a breakdown line), in the\ncurrency's smallest unit; unlike `Amount` it may be below one rupee, or zero.\n", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 0, 'description': 'Amount in the smallest unit of the currency (paise for INR).', 'example': 500}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code.', 'example': 'INR'}}, 'additionalProperties': False}}}, rule='additionalProperties')
    return data

def validate___components_schemas_paymentlinkaccountdetails(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': "The customer's bank account details.", 'properties': {'bank_details': {'type': 'object', 'description': "The customer's bank account.", 'properties': {'account_number': {'type': 'string', 'description': 'The bank account number.', 'example': '50100123456789'}, 'ifsc_code': {'type': 'string', 'pattern': '^[A-Z]{4}0[A-Z0-9]{6}$', 'description': 'IFSC of the branch (4 letters, 0, 6 letters or digits).', 'example': 'HDFC0000123'}, 'bank_name': {'type': 'string', 'description': 'The bank.', 'example': 'HDFC Bank'}}, 'additionalProperties': False}}, 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "bank_details" in data_keys:
            data_keys.remove("bank_details")
            data__bankdetails = data["bank_details"]
            validate___components_schemas_paymentlinkbankdetails(data__bankdetails, custom_formats, (name_prefix or "data") + ".bank_details")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': "The customer's bank account details.", 'properties': {'bank_details': {'type': 'object', 'description': "The customer's bank account.", 'properties': {'account_number': {'type': 'string', 'description': 'The bank account number.', 'example': '50100123456789'}, 'ifsc_code': {'type': 'string', 'pattern': '^[A-Z]{4}0[A-Z0-9]{6}$', 'description': 'IFSC of the branch (4 letters, 0, 6 letters or digits).', 'example': 'HDFC0000123'}, 'bank_name': {'type': 'string', 'description': 'The bank.', 'example': 'HDFC Bank'}}, 'additionalProperties': False}}, 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate___components_schemas_paymentlinkbankdetails(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': "The customer's bank account.", 'properties': {'account_number': {'type': 'string', 'description': 'The bank account number.', 'example': '50100123456789'}, 'ifsc_code': {'type': 'string', 'pattern': '^[A-Z]{4}0[A-Z0-9]{6}$', 'description': 'IFSC of the branch (4 letters, 0, 6 letters or digits).', 'example': 'HDFC0000123'}, 'bank_name': {'type': 'string', 'description': 'The bank.', 'example': 'HDFC Bank'}}, 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "account_number" in data_keys:
            data_keys.remove("account_number")
            data__accountnumber = data["account_number"]
            if not isinstance(data__accountnumber, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".account_number must be string", value=data__accountnumber, name="" + (name_prefix or "data") + ".account_number", definition={'type': 'string', 'description': 'The bank account number.', 'example': '50100123456789'}, rule='type')
        if "ifsc_code" in data_keys:
            data_keys.remove("ifsc_code")
            data__ifsccode = data["ifsc_code"]
            if not isinstance(data__ifsccode, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".ifsc_code must be string", value=data__ifsccode, name="" + (name_prefix or "data") + ".ifsc_code", definition={'type': 'string', 'pattern': '^[A-Z]{4}0[A-Z0-9]{6}$', 'description': 'IFSC of the branch (4 letters, 0, 6 letters or digits).', 'example': 'HDFC0000123'}, rule='type')
            if isinstance(data__ifsccode, str):
                if not REGEX_PATTERNS['^[A-Z]{4}0[A-Z0-9]{6}$'].search(data__ifsccode):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".ifsc_code must match pattern ^[A-Z]{4}0[A-Z0-9]{6}$", value=data__ifsccode, name="" + (name_prefix or "data") + ".ifsc_code", definition={'type': 'string', 'pattern': '^[A-Z]{4}0[A-Z0-9]{6}$', 'description': 'IFSC of the branch (4 letters, 0, 6 letters or digits).', 'example': 'HDFC0000123'}, rule='pattern')
        if "bank_name" in data_keys:
            data_keys.remove("bank_name")
            data__bankname = data["bank_name"]
            if not isinstance(data__bankname, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".bank_name must be string", value=data__bankname, name="" + (name_prefix or "data") + ".bank_name", definition={'type': 'string', 'description': 'The bank.', 'example': 'HDFC Bank'}, rule='type')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': "The customer's bank account.", 'properties': {'account_number': {'type': 'string', 'description': 'The bank account number.', 'example': '50100123456789'}, 'ifsc_code': {'type': 'string', 'pattern': '^[A-Z]{4}0[A-Z0-9]{6}$', 'description': 'IFSC of the branch (4 letters, 0, 6 letters or digits).', 'example': 'HDFC0000123'}, 'bank_name': {'type': 'string', 'description': 'The bank.', 'example': 'HDFC Bank'}}, 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate___components_schemas_paymentlinksplitinfo(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'How the payment is split between partner merchants.', 'properties': {'split_type': {'type': 'string', 'description': 'How shares are given (AMOUNT).', 'example': 'AMOUNT'}, 'split_details': {'type': 'array', 'description': 'One entry per partner merchant.', 'items': {'type': 'object', 'description': 'The share of one partner merchant in a split settlement.', 'properties': {'split_merchant_id': {'type': 'string', 'description': "Plural's id of the partner merchant.", 'example': '111302'}, 'merchant_settlement_reference': {'type': 'string', 'description': "The merchant's reference of this share.", 'example': 'settle-ref-0001'}, 'split_settlement_id': {'type': 'string', 'description': "Plural's id of this share (in responses).", 'example': 'ss-v1-250306082755-aa-Lk8Wq2'}, 'amount': {'$ref': '#/components/schemas/Money'}, 'on_hold': {'type': 'boolean', 'description': 'True to hold the share until it is released later.', 'example': True}, 'status': {'type': 'string', 'description': 'Whether the share is held or released (in responses).', 'enum': ['RELEASED', 'HOLD'], 'example': 'HOLD'}, 'updated_at': {'type': 'string', 'format': 'date-time', 'description': 'When the share last changed (in responses).', 'example': '2025-03-06T08:27:55.881Z'}}, 'additionalProperties': False}}}, 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "split_type" in data_keys:
            data_keys.remove("split_type")
            data__splittype = data["split_type"]
            if not isinstance(data__splittype, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".split_type must be string", value=data__splittype, name="" + (name_prefix or "data") + ".split_type", definition={'type': 'string', 'description': 'How shares are given (AMOUNT).', 'example': 'AMOUNT'}, rule='type')
        if "split_details" in data_keys:
            data_keys.remove("split_details")
            data__splitdetails = data["split_details"]
            if not isinstance(data__splitdetails, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".split_details must be array", value=data__splitdetails, name="" + (name_prefix or "data") + ".split_details", definition={'type': 'array', 'description': 'One entry per partner merchant.', 'items': {'type': 'object', 'description': 'The share of one partner merchant in a split settlement.', 'properties': {'split_merchant_id': {'type': 'string', 'description': "Plural's id of the partner merchant.", 'example': '111302'}, 'merchant_settlement_reference': {'type': 'string', 'description': "The merchant's reference of this share.", 'example': 'settle-ref-0001'}, 'split_settlement_id': {'type': 'string', 'description': "Plural's id of this share (in responses).", 'example': 'ss-v1-250306082755-aa-Lk8Wq2'}, 'amount': {'$ref': '#/components/schemas/Money'}, 'on_hold': {'type': 'boolean', 'description': 'True to hold the share until it is released later.', 'example': True}, 'status': {'type': 'string', 'description': 'Whether the share is held or released (in responses).', 'enum': ['RELEASED', 'HOLD'], 'example': 'HOLD'}, 'updated_at': {'type': 'string', 'format': 'date-time', 'description': 'When the share last changed (in responses).', 'example': '2025-03-06T08:27:55.881Z'}}, 'additionalProperties': False}}, rule='type')
            data__splitdetails_is_list = isinstance(data__splitdetails, (list, tuple))
            if data__splitdetails_is_list:
                data__splitdetails_len = len(data__splitdetails)
                for data__splitdetails_x, data__splitdetails_item in enumerate(data__splitdetails):
                    validate___components_schemas_paymentlinksplitdetail(data__splitdetails_item, custom_formats, (name_prefix or "data") + ".split_details[{data__splitdetails_x}]".format(**locals()))
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'How the payment is split between partner merchants.', 'properties': {'split_type': {'type': 'string', 'description': 'How shares are given (AMOUNT).', 'example': 'AMOUNT'}, 'split_details': {'type': 'array', 'description': 'One entry per partner merchant.', 'items': {'type': 'object', 'description': 'The share of one partner merchant in a split settlement.', 'properties': {'split_merchant_id': {'type': 'string', 'description': "Plural's id of the partner merchant.", 'example': '111302'}, 'merchant_settlement_reference': {'type': 'string', 'description': "The merchant's reference of this share.", 'example': 'settle-ref-0001'}, 'split_settlement_id': {'type': 'string', 'description': "Plural's id of this share (in responses).", 'example': 'ss-v1-250306082755-aa-Lk8Wq2'}, 'amount': {'$ref': '#/components/schemas/Money'}, 'on_hold': {'type': 'boolean', 'description': 'True to hold the share until it is released later.', 'example': True}, 'status': {'type': 'string', 'description': 'Whether the share is held or released (in responses).', 'enum': ['RELEASED', 'HOLD'], 'example': 'HOLD'}, 'updated_at': {'type': 'string', 'format': 'date-time', 'description': 'When the share last changed (in responses).', 'example': '2025-03-06T08:27:55.881Z'}}, 'additionalProperties': False}}}, 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate___components_schemas_paymentlinksplitdetail(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'The share of one partner merchant in a split settlement.', 'properties': {'split_merchant_id': {'type': 'string', 'description': "Plural's id of the partner merchant.", 'example': '111302'}, 'merchant_settlement_reference': {'type': 'string', 'description': "The merchant's reference of this share.", 'example': 'settle-ref-0001'}, 'split_settlement_id': {'type': 'string', 'description': "Plural's id of this share (in responses).", 'example': 'ss-v1-250306082755-aa-Lk8Wq2'}, 'amount': {'type': 'object', 'description': "Any other sum of money (a discount, a fee, a balance, a breakdown line), in the\ncurrency's smallest unit; unlike `Amount` it may be below one rupee, or zero.\n", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 0, 'description': 'Amount in the smallest unit of the currency (paise for INR).', 'example': 500}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code.', 'example': 'INR'}}, 'additionalProperties': False}, 'on_hold': {'type': 'boolean', 'description': 'True to hold the share until it is released later.', 'example': True}, 'status': {'type': 'string', 'description': 'Whether the share is held or released (in responses).', 'enum': ['RELEASED', 'HOLD'], 'example': 'HOLD'}, 'updated_at': {'type': 'string', 'format': 'date-time', 'description': 'When the share last changed (in responses).', 'example': '2025-03-06T08:27:55.881Z'}}, 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "split_merchant_id" in data_keys:
            data_keys.remove("split_merchant_id")
            data__splitmerchantid = data["split_merchant_id"]
            if not isinstance(data__splitmerchantid, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".split_merchant_id must be string", value=data__splitmerchantid, name="" + (name_prefix or "data") + ".split_merchant_id", definition={'type': 'string', 'description': "Plural's id of the partner merchant.", 'example': '111302'}, rule='type')
        if "merchant_settlement_reference" in data_keys:
            data_keys.remove("merchant_settlement_reference")
            data__merchantsettlementreference = data["merchant_settlement_reference"]
            if not isinstance(data__merchantsettlementreference, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".merchant_settlement_reference must be string", value=data__merchantsettlementreference, name="" + (name_prefix or "data") + ".merchant_settlement_reference", definition={'type': 'string', 'description': "The merchant's reference of this share.", 'example': 'settle-ref-0001'}, rule='type')
        if "split_settlement_id" in data_keys:
            data_keys.remove("split_settlement_id")
            data__splitsettlementid = data["split_settlement_id"]
            if not isinstance(data__splitsettlementid, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".split_settlement_id must be string", value=data__splitsettlementid, name="" + (name_prefix or "data") + ".split_settlement_id", definition={'type': 'string', 'description': "Plural's id of this share (in responses).", 'example': 'ss-v1-250306082755-aa-Lk8Wq2'}, rule='type')
        if "amount" in data_keys:
            data_keys.remove("amount")
            data__amount = data["amount"]
            validate___components_schemas_money(data__amount, custom_formats, (name_prefix or "data") + ".amount")
        if "on_hold" in data_keys:
            data_keys.remove("on_hold")
            data__onhold = data["on_hold"]
            if not isinstance(data__onhold, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".on_hold must be boolean", value=data__onhold, name="" + (name_prefix or "data") + ".on_hold", definition={'type': 'boolean', 'description': 'True to hold the share until it is released later.', 'example': True}, rule='type')
        if "status" in data_keys:
            data_keys.remove("status")
            data__status = data["status"]
            if not isinstance(data__status, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".status must be string", value=data__status, name="" + (name_prefix or "data") + ".status", definition={'type': 'string', 'description': 'Whether the share is held or released (in responses).', 'enum': ['RELEASED', 'HOLD'], 'example': 'HOLD'}, rule='type')
            if not (isinstance(data__status, str) and data__status == 'RELEASED' or isinstance(data__status, str) and data__status == 'HOLD'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".status must be one of ['RELEASED', 'HOLD']", value=data__status, name="" + (name_prefix or "data") + ".status", definition={'type': 'string', 'description': 'Whether the share is held or released (in responses).', 'enum': ['RELEASED', 'HOLD'], 'example': 'HOLD'}, rule='enum')
        if "updated_at" in data_keys:
            data_keys.remove("updated_at")
            data__updatedat = data["updated_at"]
            if not isinstance(data__updatedat, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".updated_at must be string", value=data__updatedat, name="" + (name_prefix or "data") + ".updated_at", definition={'type': 'string', 'format': 'date-time', 'description': 'When the share last changed (in responses).', 'example': '2025-03-06T08:27:55.881Z'}, rule='type')
            if isinstance(data__updatedat, str):
                if not REGEX_PATTERNS["date-time_re_pattern"].match(data__updatedat):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".updated_at must be date-time", value=data__updatedat, name="" + (name_prefix or "data") + ".updated_at", definition={'type': 'string', 'format': 'date-time', 'description': 'When the share last changed (in responses).', 'example': '2025-03-06T08:27:55.881Z'}, rule='format')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'The share of one partner merchant in a split settlement.', 'properties': {'split_merchant_id': {'type': 'string', 'description': "Plural's id of the partner merchant.", 'example': '111302'}, 'merchant_settlement_reference': {'type': 'string', 'description': "The merchant's reference of this share.", 'example': 'settle-ref-0001'}, 'split_settlement_id': {'type': 'string', 'description': "Plural's id of this share (in responses).", 'example': 'ss-v1-250306082755-aa-Lk8Wq2'}, 'amount': {'type': 'object', 'description': "Any other sum of money (a discount, a fee, a balance, a breakdown line), in the\ncurrency's smallest unit; unlike `Amount` it may be below one rupee, or zero.\n", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 0, 'description': 'Amount in the smallest unit of the currency (paise for INR).', 'example': 500}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code.', 'example': 'INR'}}, 'additionalProperties': False}, 'on_hold': {'type': 'boolean', 'description': 'True to hold the share until it is released later.', 'example': True}, 'status': {'type': 'string', 'description': 'Whether the share is held or released (in responses).', 'enum': ['RELEASED', 'HOLD'], 'example': 'HOLD'}, 'updated_at': {'type': 'string', 'format': 'date-time', 'description': 'When the share last changed (in responses).', 'example': '2025-03-06T08:27:55.881Z'}}, 'additionalProperties': False}, rule='additionalProperties')
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

def validate___components_schemas_money(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': "Any other sum of money (a discount, a fee, a balance, a breakdown line), in the\ncurrency's smallest unit; unlike `Amount` it may be below one rupee, or zero.\n", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 0, 'description': 'Amount in the smallest unit of the currency (paise for INR).', 'example': 500}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code.', 'example': 'INR'}}, 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['value', 'currency']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': "Any other sum of money (a discount, a fee, a balance, a breakdown line), in the\ncurrency's smallest unit; unlike `Amount` it may be below one rupee, or zero.\n", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 0, 'description': 'Amount in the smallest unit of the currency (paise for INR).', 'example': 500}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code.', 'example': 'INR'}}, 'additionalProperties': False}, rule='required')
        data_keys = set(data.keys())
        if "value" in data_keys:
            data_keys.remove("value")
            data__value = data["value"]
            if not isinstance(data__value, (int)) or isinstance(data__value, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".value must be integer", value=data__value, name="" + (name_prefix or "data") + ".value", definition={'type': 'integer', 'minimum': 0, 'description': 'Amount in the smallest unit of the currency (paise for INR).', 'example': 500}, rule='type')
            if isinstance(data__value, (int, float, Decimal)) and not isinstance(data__value, bool):
                if data__value < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".value must be bigger than or equal to 0", value=data__value, name="" + (name_prefix or "data") + ".value", definition={'type': 'integer', 'minimum': 0, 'description': 'Amount in the smallest unit of the currency (paise for INR).', 'example': 500}, rule='minimum')
        if "currency" in data_keys:
            data_keys.remove("currency")
            data__currency = data["currency"]
            if not isinstance(data__currency, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".currency must be string", value=data__currency, name="" + (name_prefix or "data") + ".currency", definition={'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code.', 'example': 'INR'}, rule='type')
            if isinstance(data__currency, str):
                if not REGEX_PATTERNS['^[A-Z]{3}$'].search(data__currency):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".currency must match pattern ^[A-Z]{3}$", value=data__currency, name="" + (name_prefix or "data") + ".currency", definition={'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code.', 'example': 'INR'}, rule='pattern')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': "Any other sum of money (a discount, a fee, a balance, a breakdown line), in the\ncurrency's smallest unit; unlike `Amount` it may be below one rupee, or zero.\n", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 0, 'description': 'Amount in the smallest unit of the currency (paise for INR).', 'example': 500}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code.', 'example': 'INR'}}, 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate___components_schemas_paymentlinkproduct(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'A product the payment link is for.', 'properties': {'product_code': {'type': 'string', 'minLength': 1, 'description': "The merchant's product code.", 'example': 'SKU-TSHIRT-M'}, 'product_amount': {'type': 'object', 'description': "Any other sum of money (a discount, a fee, a balance, a breakdown line), in the\ncurrency's smallest unit; unlike `Amount` it may be below one rupee, or zero.\n", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 0, 'description': 'Amount in the smallest unit of the currency (paise for INR).', 'example': 500}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code.', 'example': 'INR'}}, 'additionalProperties': False}, 'product_coupon_discount_amount': {'type': 'object', 'description': "Any other sum of money (a discount, a fee, a balance, a breakdown line), in the\ncurrency's smallest unit; unlike `Amount` it may be below one rupee, or zero.\n", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 0, 'description': 'Amount in the smallest unit of the currency (paise for INR).', 'example': 500}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code.', 'example': 'INR'}}, 'additionalProperties': False}}, 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "product_code" in data_keys:
            data_keys.remove("product_code")
            data__productcode = data["product_code"]
            if not isinstance(data__productcode, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".product_code must be string", value=data__productcode, name="" + (name_prefix or "data") + ".product_code", definition={'type': 'string', 'minLength': 1, 'description': "The merchant's product code.", 'example': 'SKU-TSHIRT-M'}, rule='type')
            if isinstance(data__productcode, str):
                data__productcode_len = len(data__productcode)
                if data__productcode_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".product_code must be longer than or equal to 1 characters", value=data__productcode, name="" + (name_prefix or "data") + ".product_code", definition={'type': 'string', 'minLength': 1, 'description': "The merchant's product code.", 'example': 'SKU-TSHIRT-M'}, rule='minLength')
        if "product_amount" in data_keys:
            data_keys.remove("product_amount")
            data__productamount = data["product_amount"]
            validate___components_schemas_money(data__productamount, custom_formats, (name_prefix or "data") + ".product_amount")
        if "product_coupon_discount_amount" in data_keys:
            data_keys.remove("product_coupon_discount_amount")
            data__productcoupondiscountamount = data["product_coupon_discount_amount"]
            validate___components_schemas_money(data__productcoupondiscountamount, custom_formats, (name_prefix or "data") + ".product_coupon_discount_amount")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'A product the payment link is for.', 'properties': {'product_code': {'type': 'string', 'minLength': 1, 'description': "The merchant's product code.", 'example': 'SKU-TSHIRT-M'}, 'product_amount': {'type': 'object', 'description': "Any other sum of money (a discount, a fee, a balance, a breakdown line), in the\ncurrency's smallest unit; unlike `Amount` it may be below one rupee, or zero.\n", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 0, 'description': 'Amount in the smallest unit of the currency (paise for INR).', 'example': 500}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code.', 'example': 'INR'}}, 'additionalProperties': False}, 'product_coupon_discount_amount': {'type': 'object', 'description': "Any other sum of money (a discount, a fee, a balance, a breakdown line), in the\ncurrency's smallest unit; unlike `Amount` it may be below one rupee, or zero.\n", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 0, 'description': 'Amount in the smallest unit of the currency (paise for INR).', 'example': 500}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code.', 'example': 'INR'}}, 'additionalProperties': False}}, 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate___components_schemas_paymentlinkcustomer(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'The customer a payment link is for.', 'properties': {'email_id': {'type': 'string', 'maxLength': 50, 'description': 'Email address the link is sent to.', 'example': 'kevin.bob@example.com'}, 'first_name': {'type': 'string', 'maxLength': 50, 'description': 'First name.', 'example': 'Kevin'}, 'last_name': {'type': 'string', 'maxLength': 50, 'description': 'Last name.', 'example': 'Bob'}, 'customer_id': {'type': 'string', 'maxLength': 50, 'description': "Plural's customer id, when the customer has a profile.", 'example': 'cust-v1-0811030624-aa-RBDgpR'}, 'mobile_number': {'type': 'string', 'pattern': '^[0-9]{9,20}$', 'description': 'Mobile number the link is sent to, 9 to 20 digits.', 'example': '9876543210'}, 'country_code': {'type': 'string', 'pattern': '^\\+?[0-9]{1,4}$', 'description': 'Country calling code of the mobile number, up to 4 digits with an optional leading `+`.', 'example': '91'}, 'billing_address': {'type': 'object', 'description': 'A billing or shipping address. Shared by requests and responses, so unknown fields are accepted.', 'properties': {'address1': {'type': 'string', 'maxLength': 100, 'description': 'First address line.', 'example': 'H.No 15, Sector 17'}, 'address2': {'type': 'string', 'maxLength': 100, 'description': 'Second address line.', 'example': 'Near Rose Garden'}, 'address3': {'type': 'string', 'maxLength': 100, 'description': 'Third address line.', 'example': 'Madhya Marg'}, 'pincode': {'type': 'string', 'minLength': 3, 'maxLength': 11, 'description': 'Postal code.', 'example': '160017'}, 'city': {'type': 'string', 'maxLength': 50, 'description': 'City.', 'example': 'CHANDIGARH'}, 'state': {'type': 'string', 'maxLength': 50, 'description': 'State.', 'example': 'PUNJAB'}, 'country': {'type': 'string', 'maxLength': 50, 'description': 'Country.', 'example': 'INDIA'}, 'full_name': {'type': 'string', 'maxLength': 100, 'description': 'Name of the person at this address.', 'example': 'Kevin Bob'}, 'adddress_type': {'type': 'string', 'maxLength': 50, 'description': "Kind of address (Home, Office), under the key as Plural spells it (three d's).", 'example': 'Home'}, 'address_category': {'type': 'string', 'description': 'Whether this is the billing or the shipping address.', 'enum': ['billing', 'shipping'], 'example': 'billing'}}, 'additionalProperties': False}, 'shipping_address': {'type': 'object', 'description': 'A billing or shipping address. Shared by requests and responses, so unknown fields are accepted.', 'properties': {'address1': {'type': 'string', 'maxLength': 100, 'description': 'First address line.', 'example': 'H.No 15, Sector 17'}, 'address2': {'type': 'string', 'maxLength': 100, 'description': 'Second address line.', 'example': 'Near Rose Garden'}, 'address3': {'type': 'string', 'maxLength': 100, 'description': 'Third address line.', 'example': 'Madhya Marg'}, 'pincode': {'type': 'string', 'minLength': 3, 'maxLength': 11, 'description': 'Postal code.', 'example': '160017'}, 'city': {'type': 'string', 'maxLength': 50, 'description': 'City.', 'example': 'CHANDIGARH'}, 'state': {'type': 'string', 'maxLength': 50, 'description': 'State.', 'example': 'PUNJAB'}, 'country': {'type': 'string', 'maxLength': 50, 'description': 'Country.', 'example': 'INDIA'}, 'full_name': {'type': 'string', 'maxLength': 100, 'description': 'Name of the person at this address.', 'example': 'Kevin Bob'}, 'adddress_type': {'type': 'string', 'maxLength': 50, 'description': "Kind of address (Home, Office), under the key as Plural spells it (three d's).", 'example': 'Home'}, 'address_category': {'type': 'string', 'description': 'Whether this is the billing or the shipping address.', 'enum': ['billing', 'shipping'], 'example': 'billing'}}, 'additionalProperties': False}, 'merchant_customer_reference': {'type': 'string', 'maxLength': 50, 'description': "The merchant's own reference of the customer.", 'example': 'cust-ref-000123'}, 'gstin': {'type': 'string', 'maxLength': 15, 'description': "The customer's GSTIN (15 characters), for a GST invoice.", 'example': '29ABCDE1234F1Z5'}}, 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "email_id" in data_keys:
            data_keys.remove("email_id")
            data__emailid = data["email_id"]
            if not isinstance(data__emailid, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".email_id must be string", value=data__emailid, name="" + (name_prefix or "data") + ".email_id", definition={'type': 'string', 'maxLength': 50, 'description': 'Email address the link is sent to.', 'example': 'kevin.bob@example.com'}, rule='type')
            if isinstance(data__emailid, str):
                data__emailid_len = len(data__emailid)
                if data__emailid_len > 50:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".email_id must be shorter than or equal to 50 characters", value=data__emailid, name="" + (name_prefix or "data") + ".email_id", definition={'type': 'string', 'maxLength': 50, 'description': 'Email address the link is sent to.', 'example': 'kevin.bob@example.com'}, rule='maxLength')
        if "first_name" in data_keys:
            data_keys.remove("first_name")
            data__firstname = data["first_name"]
            if not isinstance(data__firstname, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".first_name must be string", value=data__firstname, name="" + (name_prefix or "data") + ".first_name", definition={'type': 'string', 'maxLength': 50, 'description': 'First name.', 'example': 'Kevin'}, rule='type')
            if isinstance(data__firstname, str):
                data__firstname_len = len(data__firstname)
                if data__firstname_len > 50:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".first_name must be shorter than or equal to 50 characters", value=data__firstname, name="" + (name_prefix or "data") + ".first_name", definition={'type': 'string', 'maxLength': 50, 'description': 'First name.', 'example': 'Kevin'}, rule='maxLength')
        if "last_name" in data_keys:
            data_keys.remove("last_name")
            data__lastname = data["last_name"]
            if not isinstance(data__lastname, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".last_name must be string", value=data__lastname, name="" + (name_prefix or "data") + ".last_name", definition={'type': 'string', 'maxLength': 50, 'description': 'Last name.', 'example': 'Bob'}, rule='type')
            if isinstance(data__lastname, str):
                data__lastname_len = len(data__lastname)
                if data__lastname_len > 50:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".last_name must be shorter than or equal to 50 characters", value=data__lastname, name="" + (name_prefix or "data") + ".last_name", definition={'type': 'string', 'maxLength': 50, 'description': 'Last name.', 'example': 'Bob'}, rule='maxLength')
        if "customer_id" in data_keys:
            data_keys.remove("customer_id")
            data__customerid = data["customer_id"]
            if not isinstance(data__customerid, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".customer_id must be string", value=data__customerid, name="" + (name_prefix or "data") + ".customer_id", definition={'type': 'string', 'maxLength': 50, 'description': "Plural's customer id, when the customer has a profile.", 'example': 'cust-v1-0811030624-aa-RBDgpR'}, rule='type')
            if isinstance(data__customerid, str):
                data__customerid_len = len(data__customerid)
                if data__customerid_len > 50:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".customer_id must be shorter than or equal to 50 characters", value=data__customerid, name="" + (name_prefix or "data") + ".customer_id", definition={'type': 'string', 'maxLength': 50, 'description': "Plural's customer id, when the customer has a profile.", 'example': 'cust-v1-0811030624-aa-RBDgpR'}, rule='maxLength')
        if "mobile_number" in data_keys:
            data_keys.remove("mobile_number")
            data__mobilenumber = data["mobile_number"]
            if not isinstance(data__mobilenumber, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mobile_number must be string", value=data__mobilenumber, name="" + (name_prefix or "data") + ".mobile_number", definition={'type': 'string', 'pattern': '^[0-9]{9,20}$', 'description': 'Mobile number the link is sent to, 9 to 20 digits.', 'example': '9876543210'}, rule='type')
            if isinstance(data__mobilenumber, str):
                if not REGEX_PATTERNS['^[0-9]{9,20}$'].search(data__mobilenumber):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".mobile_number must match pattern ^[0-9]{9,20}$", value=data__mobilenumber, name="" + (name_prefix or "data") + ".mobile_number", definition={'type': 'string', 'pattern': '^[0-9]{9,20}$', 'description': 'Mobile number the link is sent to, 9 to 20 digits.', 'example': '9876543210'}, rule='pattern')
        if "country_code" in data_keys:
            data_keys.remove("country_code")
            data__countrycode = data["country_code"]
            if not isinstance(data__countrycode, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".country_code must be string", value=data__countrycode, name="" + (name_prefix or "data") + ".country_code", definition={'type': 'string', 'pattern': '^\\+?[0-9]{1,4}$', 'description': 'Country calling code of the mobile number, up to 4 digits with an optional leading `+`.', 'example': '91'}, rule='type')
            if isinstance(data__countrycode, str):
                if not REGEX_PATTERNS['^\\+?[0-9]{1,4}$'].search(data__countrycode):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".country_code must match pattern ^\\+?[0-9]{1,4}$", value=data__countrycode, name="" + (name_prefix or "data") + ".country_code", definition={'type': 'string', 'pattern': '^\\+?[0-9]{1,4}$', 'description': 'Country calling code of the mobile number, up to 4 digits with an optional leading `+`.', 'example': '91'}, rule='pattern')
        if "billing_address" in data_keys:
            data_keys.remove("billing_address")
            data__billingaddress = data["billing_address"]
            validate___components_schemas_address(data__billingaddress, custom_formats, (name_prefix or "data") + ".billing_address")
        if "shipping_address" in data_keys:
            data_keys.remove("shipping_address")
            data__shippingaddress = data["shipping_address"]
            validate___components_schemas_address(data__shippingaddress, custom_formats, (name_prefix or "data") + ".shipping_address")
        if "merchant_customer_reference" in data_keys:
            data_keys.remove("merchant_customer_reference")
            data__merchantcustomerreference = data["merchant_customer_reference"]
            if not isinstance(data__merchantcustomerreference, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".merchant_customer_reference must be string", value=data__merchantcustomerreference, name="" + (name_prefix or "data") + ".merchant_customer_reference", definition={'type': 'string', 'maxLength': 50, 'description': "The merchant's own reference of the customer.", 'example': 'cust-ref-000123'}, rule='type')
            if isinstance(data__merchantcustomerreference, str):
                data__merchantcustomerreference_len = len(data__merchantcustomerreference)
                if data__merchantcustomerreference_len > 50:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".merchant_customer_reference must be shorter than or equal to 50 characters", value=data__merchantcustomerreference, name="" + (name_prefix or "data") + ".merchant_customer_reference", definition={'type': 'string', 'maxLength': 50, 'description': "The merchant's own reference of the customer.", 'example': 'cust-ref-000123'}, rule='maxLength')
        if "gstin" in data_keys:
            data_keys.remove("gstin")
            data__gstin = data["gstin"]
            if not isinstance(data__gstin, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".gstin must be string", value=data__gstin, name="" + (name_prefix or "data") + ".gstin", definition={'type': 'string', 'maxLength': 15, 'description': "The customer's GSTIN (15 characters), for a GST invoice.", 'example': '29ABCDE1234F1Z5'}, rule='type')
            if isinstance(data__gstin, str):
                data__gstin_len = len(data__gstin)
                if data__gstin_len > 15:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".gstin must be shorter than or equal to 15 characters", value=data__gstin, name="" + (name_prefix or "data") + ".gstin", definition={'type': 'string', 'maxLength': 15, 'description': "The customer's GSTIN (15 characters), for a GST invoice.", 'example': '29ABCDE1234F1Z5'}, rule='maxLength')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'The customer a payment link is for.', 'properties': {'email_id': {'type': 'string', 'maxLength': 50, 'description': 'Email address the link is sent to.', 'example': 'kevin.bob@example.com'}, 'first_name': {'type': 'string', 'maxLength': 50, 'description': 'First name.', 'example': 'Kevin'}, 'last_name': {'type': 'string', 'maxLength': 50, 'description': 'Last name.', 'example': 'Bob'}, 'customer_id': {'type': 'string', 'maxLength': 50, 'description': "Plural's customer id, when the customer has a profile.", 'example': 'cust-v1-0811030624-aa-RBDgpR'}, 'mobile_number': {'type': 'string', 'pattern': '^[0-9]{9,20}$', 'description': 'Mobile number the link is sent to, 9 to 20 digits.', 'example': '9876543210'}, 'country_code': {'type': 'string', 'pattern': '^\\+?[0-9]{1,4}$', 'description': 'Country calling code of the mobile number, up to 4 digits with an optional leading `+`.', 'example': '91'}, 'billing_address': {'type': 'object', 'description': 'A billing or shipping address. Shared by requests and responses, so unknown fields are accepted.', 'properties': {'address1': {'type': 'string', 'maxLength': 100, 'description': 'First address line.', 'example': 'H.No 15, Sector 17'}, 'address2': {'type': 'string', 'maxLength': 100, 'description': 'Second address line.', 'example': 'Near Rose Garden'}, 'address3': {'type': 'string', 'maxLength': 100, 'description': 'Third address line.', 'example': 'Madhya Marg'}, 'pincode': {'type': 'string', 'minLength': 3, 'maxLength': 11, 'description': 'Postal code.', 'example': '160017'}, 'city': {'type': 'string', 'maxLength': 50, 'description': 'City.', 'example': 'CHANDIGARH'}, 'state': {'type': 'string', 'maxLength': 50, 'description': 'State.', 'example': 'PUNJAB'}, 'country': {'type': 'string', 'maxLength': 50, 'description': 'Country.', 'example': 'INDIA'}, 'full_name': {'type': 'string', 'maxLength': 100, 'description': 'Name of the person at this address.', 'example': 'Kevin Bob'}, 'adddress_type': {'type': 'string', 'maxLength': 50, 'description': "Kind of address (Home, Office), under the key as Plural spells it (three d's).", 'example': 'Home'}, 'address_category': {'type': 'string', 'description': 'Whether this is the billing or the shipping address.', 'enum': ['billing', 'shipping'], 'example': 'billing'}}, 'additionalProperties': False}, 'shipping_address': {'type': 'object', 'description': 'A billing or shipping address. Shared by requests and responses, so unknown fields are accepted.', 'properties': {'address1': {'type': 'string', 'maxLength': 100, 'description': 'First address line.', 'example': 'H.No 15, Sector 17'}, 'address2': {'type': 'string', 'maxLength': 100, 'description': 'Second address line.', 'example': 'Near Rose Garden'}, 'address3': {'type': 'string', 'maxLength': 100, 'description': 'Third address line.', 'example': 'Madhya Marg'}, 'pincode': {'type': 'string', 'minLength': 3, 'maxLength': 11, 'description': 'Postal code.', 'example': '160017'}, 'city': {'type': 'string', 'maxLength': 50, 'description': 'City.', 'example': 'CHANDIGARH'}, 'state': {'type': 'string', 'maxLength': 50, 'description': 'State.', 'example': 'PUNJAB'}, 'country': {'type': 'string', 'maxLength': 50, 'description': 'Country.', 'example': 'INDIA'}, 'full_name': {'type': 'string', 'maxLength': 100, 'description': 'Name of the person at this address.', 'example': 'Kevin Bob'}, 'adddress_type': {'type': 'string', 'maxLength': 50, 'description': "Kind of address (Home, Office), under the key as Plural spells it (three d's).", 'example': 'Home'}, 'address_category': {'type': 'string', 'description': 'Whether this is the billing or the shipping address.', 'enum': ['billing', 'shipping'], 'example': 'billing'}}, 'additionalProperties': False}, 'merchant_customer_reference': {'type': 'string', 'maxLength': 50, 'description': "The merchant's own reference of the customer.", 'example': 'cust-ref-000123'}, 'gstin': {'type': 'string', 'maxLength': 15, 'description': "The customer's GSTIN (15 characters), for a GST invoice.", 'example': '29ABCDE1234F1Z5'}}, 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate___components_schemas_address(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'A billing or shipping address. Shared by requests and responses, so unknown fields are accepted.', 'properties': {'address1': {'type': 'string', 'maxLength': 100, 'description': 'First address line.', 'example': 'H.No 15, Sector 17'}, 'address2': {'type': 'string', 'maxLength': 100, 'description': 'Second address line.', 'example': 'Near Rose Garden'}, 'address3': {'type': 'string', 'maxLength': 100, 'description': 'Third address line.', 'example': 'Madhya Marg'}, 'pincode': {'type': 'string', 'minLength': 3, 'maxLength': 11, 'description': 'Postal code.', 'example': '160017'}, 'city': {'type': 'string', 'maxLength': 50, 'description': 'City.', 'example': 'CHANDIGARH'}, 'state': {'type': 'string', 'maxLength': 50, 'description': 'State.', 'example': 'PUNJAB'}, 'country': {'type': 'string', 'maxLength': 50, 'description': 'Country.', 'example': 'INDIA'}, 'full_name': {'type': 'string', 'maxLength': 100, 'description': 'Name of the person at this address.', 'example': 'Kevin Bob'}, 'adddress_type': {'type': 'string', 'maxLength': 50, 'description': "Kind of address (Home, Office), under the key as Plural spells it (three d's).", 'example': 'Home'}, 'address_category': {'type': 'string', 'description': 'Whether this is the billing or the shipping address.', 'enum': ['billing', 'shipping'], 'example': 'billing'}}, 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "address1" in data_keys:
            data_keys.remove("address1")
            data__address1 = data["address1"]
            if not isinstance(data__address1, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".address1 must be string", value=data__address1, name="" + (name_prefix or "data") + ".address1", definition={'type': 'string', 'maxLength': 100, 'description': 'First address line.', 'example': 'H.No 15, Sector 17'}, rule='type')
            if isinstance(data__address1, str):
                data__address1_len = len(data__address1)
                if data__address1_len > 100:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".address1 must be shorter than or equal to 100 characters", value=data__address1, name="" + (name_prefix or "data") + ".address1", definition={'type': 'string', 'maxLength': 100, 'description': 'First address line.', 'example': 'H.No 15, Sector 17'}, rule='maxLength')
        if "address2" in data_keys:
            data_keys.remove("address2")
            data__address2 = data["address2"]
            if not isinstance(data__address2, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".address2 must be string", value=data__address2, name="" + (name_prefix or "data") + ".address2", definition={'type': 'string', 'maxLength': 100, 'description': 'Second address line.', 'example': 'Near Rose Garden'}, rule='type')
            if isinstance(data__address2, str):
                data__address2_len = len(data__address2)
                if data__address2_len > 100:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".address2 must be shorter than or equal to 100 characters", value=data__address2, name="" + (name_prefix or "data") + ".address2", definition={'type': 'string', 'maxLength': 100, 'description': 'Second address line.', 'example': 'Near Rose Garden'}, rule='maxLength')
        if "address3" in data_keys:
            data_keys.remove("address3")
            data__address3 = data["address3"]
            if not isinstance(data__address3, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".address3 must be string", value=data__address3, name="" + (name_prefix or "data") + ".address3", definition={'type': 'string', 'maxLength': 100, 'description': 'Third address line.', 'example': 'Madhya Marg'}, rule='type')
            if isinstance(data__address3, str):
                data__address3_len = len(data__address3)
                if data__address3_len > 100:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".address3 must be shorter than or equal to 100 characters", value=data__address3, name="" + (name_prefix or "data") + ".address3", definition={'type': 'string', 'maxLength': 100, 'description': 'Third address line.', 'example': 'Madhya Marg'}, rule='maxLength')
        if "pincode" in data_keys:
            data_keys.remove("pincode")
            data__pincode = data["pincode"]
            if not isinstance(data__pincode, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".pincode must be string", value=data__pincode, name="" + (name_prefix or "data") + ".pincode", definition={'type': 'string', 'minLength': 3, 'maxLength': 11, 'description': 'Postal code.', 'example': '160017'}, rule='type')
            if isinstance(data__pincode, str):
                data__pincode_len = len(data__pincode)
                if data__pincode_len < 3:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".pincode must be longer than or equal to 3 characters", value=data__pincode, name="" + (name_prefix or "data") + ".pincode", definition={'type': 'string', 'minLength': 3, 'maxLength': 11, 'description': 'Postal code.', 'example': '160017'}, rule='minLength')
                if data__pincode_len > 11:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".pincode must be shorter than or equal to 11 characters", value=data__pincode, name="" + (name_prefix or "data") + ".pincode", definition={'type': 'string', 'minLength': 3, 'maxLength': 11, 'description': 'Postal code.', 'example': '160017'}, rule='maxLength')
        if "city" in data_keys:
            data_keys.remove("city")
            data__city = data["city"]
            if not isinstance(data__city, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".city must be string", value=data__city, name="" + (name_prefix or "data") + ".city", definition={'type': 'string', 'maxLength': 50, 'description': 'City.', 'example': 'CHANDIGARH'}, rule='type')
            if isinstance(data__city, str):
                data__city_len = len(data__city)
                if data__city_len > 50:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".city must be shorter than or equal to 50 characters", value=data__city, name="" + (name_prefix or "data") + ".city", definition={'type': 'string', 'maxLength': 50, 'description': 'City.', 'example': 'CHANDIGARH'}, rule='maxLength')
        if "state" in data_keys:
            data_keys.remove("state")
            data__state = data["state"]
            if not isinstance(data__state, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".state must be string", value=data__state, name="" + (name_prefix or "data") + ".state", definition={'type': 'string', 'maxLength': 50, 'description': 'State.', 'example': 'PUNJAB'}, rule='type')
            if isinstance(data__state, str):
                data__state_len = len(data__state)
                if data__state_len > 50:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".state must be shorter than or equal to 50 characters", value=data__state, name="" + (name_prefix or "data") + ".state", definition={'type': 'string', 'maxLength': 50, 'description': 'State.', 'example': 'PUNJAB'}, rule='maxLength')
        if "country" in data_keys:
            data_keys.remove("country")
            data__country = data["country"]
            if not isinstance(data__country, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".country must be string", value=data__country, name="" + (name_prefix or "data") + ".country", definition={'type': 'string', 'maxLength': 50, 'description': 'Country.', 'example': 'INDIA'}, rule='type')
            if isinstance(data__country, str):
                data__country_len = len(data__country)
                if data__country_len > 50:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".country must be shorter than or equal to 50 characters", value=data__country, name="" + (name_prefix or "data") + ".country", definition={'type': 'string', 'maxLength': 50, 'description': 'Country.', 'example': 'INDIA'}, rule='maxLength')
        if "full_name" in data_keys:
            data_keys.remove("full_name")
            data__fullname = data["full_name"]
            if not isinstance(data__fullname, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".full_name must be string", value=data__fullname, name="" + (name_prefix or "data") + ".full_name", definition={'type': 'string', 'maxLength': 100, 'description': 'Name of the person at this address.', 'example': 'Kevin Bob'}, rule='type')
            if isinstance(data__fullname, str):
                data__fullname_len = len(data__fullname)
                if data__fullname_len > 100:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".full_name must be shorter than or equal to 100 characters", value=data__fullname, name="" + (name_prefix or "data") + ".full_name", definition={'type': 'string', 'maxLength': 100, 'description': 'Name of the person at this address.', 'example': 'Kevin Bob'}, rule='maxLength')
        if "adddress_type" in data_keys:
            data_keys.remove("adddress_type")
            data__adddresstype = data["adddress_type"]
            if not isinstance(data__adddresstype, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".adddress_type must be string", value=data__adddresstype, name="" + (name_prefix or "data") + ".adddress_type", definition={'type': 'string', 'maxLength': 50, 'description': "Kind of address (Home, Office), under the key as Plural spells it (three d's).", 'example': 'Home'}, rule='type')
            if isinstance(data__adddresstype, str):
                data__adddresstype_len = len(data__adddresstype)
                if data__adddresstype_len > 50:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".adddress_type must be shorter than or equal to 50 characters", value=data__adddresstype, name="" + (name_prefix or "data") + ".adddress_type", definition={'type': 'string', 'maxLength': 50, 'description': "Kind of address (Home, Office), under the key as Plural spells it (three d's).", 'example': 'Home'}, rule='maxLength')
        if "address_category" in data_keys:
            data_keys.remove("address_category")
            data__addresscategory = data["address_category"]
            if not isinstance(data__addresscategory, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".address_category must be string", value=data__addresscategory, name="" + (name_prefix or "data") + ".address_category", definition={'type': 'string', 'description': 'Whether this is the billing or the shipping address.', 'enum': ['billing', 'shipping'], 'example': 'billing'}, rule='type')
            if not (isinstance(data__addresscategory, str) and data__addresscategory == 'billing' or isinstance(data__addresscategory, str) and data__addresscategory == 'shipping'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".address_category must be one of ['billing', 'shipping']", value=data__addresscategory, name="" + (name_prefix or "data") + ".address_category", definition={'type': 'string', 'description': 'Whether this is the billing or the shipping address.', 'enum': ['billing', 'shipping'], 'example': 'billing'}, rule='enum')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'A billing or shipping address. Shared by requests and responses, so unknown fields are accepted.', 'properties': {'address1': {'type': 'string', 'maxLength': 100, 'description': 'First address line.', 'example': 'H.No 15, Sector 17'}, 'address2': {'type': 'string', 'maxLength': 100, 'description': 'Second address line.', 'example': 'Near Rose Garden'}, 'address3': {'type': 'string', 'maxLength': 100, 'description': 'Third address line.', 'example': 'Madhya Marg'}, 'pincode': {'type': 'string', 'minLength': 3, 'maxLength': 11, 'description': 'Postal code.', 'example': '160017'}, 'city': {'type': 'string', 'maxLength': 50, 'description': 'City.', 'example': 'CHANDIGARH'}, 'state': {'type': 'string', 'maxLength': 50, 'description': 'State.', 'example': 'PUNJAB'}, 'country': {'type': 'string', 'maxLength': 50, 'description': 'Country.', 'example': 'INDIA'}, 'full_name': {'type': 'string', 'maxLength': 100, 'description': 'Name of the person at this address.', 'example': 'Kevin Bob'}, 'adddress_type': {'type': 'string', 'maxLength': 50, 'description': "Kind of address (Home, Office), under the key as Plural spells it (three d's).", 'example': 'Home'}, 'address_category': {'type': 'string', 'description': 'Whether this is the billing or the shipping address.', 'enum': ['billing', 'shipping'], 'example': 'billing'}}, 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate___components_schemas_paymentmethod(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'description': 'A payment method an order allows or a payment uses.', 'enum': ['CARD', 'UPI', 'NETBANKING', 'WALLET', 'CREDIT_EMI', 'DEBIT_EMI', 'CARDLESS_EMI', 'POINTS', 'BNPL'], 'example': 'CARD'}, rule='type')
    if not (isinstance(data, str) and data == 'CARD' or isinstance(data, str) and data == 'UPI' or isinstance(data, str) and data == 'NETBANKING' or isinstance(data, str) and data == 'WALLET' or isinstance(data, str) and data == 'CREDIT_EMI' or isinstance(data, str) and data == 'DEBIT_EMI' or isinstance(data, str) and data == 'CARDLESS_EMI' or isinstance(data, str) and data == 'POINTS' or isinstance(data, str) and data == 'BNPL'):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be one of ['CARD', 'UPI', 'NETBANKING', 'WALLET', 'CREDIT_EMI', 'DEBIT_EMI', 'CARDLESS_EMI', 'POINTS', 'BNPL']", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'description': 'A payment method an order allows or a payment uses.', 'enum': ['CARD', 'UPI', 'NETBANKING', 'WALLET', 'CREDIT_EMI', 'DEBIT_EMI', 'CARDLESS_EMI', 'POINTS', 'BNPL'], 'example': 'CARD'}, rule='enum')
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
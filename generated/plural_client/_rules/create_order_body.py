# Written by `make generate` (scripts/compile_rules.py) from the spec: do not edit.
VERSION = "2.22.3"
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


REGEX_PATTERNS = {
    '^[A-Z]{3}$': re.compile('^[A-Z]{3}\\Z'),
    '^[A-Z_]{1,20}$': re.compile('^[A-Z_]{1,20}\\Z'),
    'date-time_re_pattern': re.compile('^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)(t|T)(?:[01]\\d|2[0-3]):[0-5]\\d:(?:[0-5]\\d|60)(?:\\.\\d+)?(?:[+-](?:[01]\\d|2[0-3]):[0-5]\\d|[+-](?:[01]\\d|2[0-3])[0-5]\\d|z|Z)\\Z'),
    '^[0-9]{9,20}$': re.compile('^[0-9]{9,20}\\Z'),
    '^[0-9]{1,4}$': re.compile('^[0-9]{1,4}\\Z'),
    '^[A-Za-z0-9_-]+$': re.compile('^[A-Za-z0-9_-]+\\Z')
}

NoneType = type(None)

def validate(data, custom_formats={}, name_prefix=None):
    validate___components_x_plural_request(data, custom_formats, (name_prefix or "data") + "")
    return data

def validate___components_x_plural_request(data, custom_formats={}, name_prefix=None):
    validate___components_schemas_createorderrequest(data, custom_formats, (name_prefix or "data") + "")
    return data

def validate___components_schemas_createorderrequest(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'A new order.', 'required': ['merchant_order_reference', 'order_amount'], 'additionalProperties': False, 'properties': {'merchant_order_reference': {'type': 'string', 'description': "A merchant's own reference, 1 to 50 of letters, digits, `_` and `-`. Plural's idempotency key for the resource it names.", 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9_-]+$', 'example': 'f4548bbf-a029-43d3-9209-e3385c80b1e9'}, 'order_amount': {'type': 'object', 'description': "An amount of money in the currency's smallest unit (paise for INR).", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 100, 'maximum': 100000000, 'description': 'Amount in paise, from 100 (1 rupee) to 100000000 (10 lakh rupees).', 'example': 1100}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code; Plural accepts INR.', 'example': 'INR'}}, 'additionalProperties': False}, 'pre_auth': {'type': 'boolean', 'description': 'True to authorize only; the order is then captured or cancelled later.', 'example': False}, 'allowed_payment_methods': {'type': 'array', 'description': 'The payment methods the customer may use.', 'items': {'type': 'string', 'description': 'A payment method an order allows or a payment uses.', 'enum': ['CARD', 'UPI', 'NETBANKING', 'WALLET', 'CREDIT_EMI', 'DEBIT_EMI', 'CARDLESS_EMI', 'POINTS', 'BNPL'], 'example': 'CARD'}, 'example': ['CARD', 'UPI', 'NETBANKING']}, 'notes': {'type': 'string', 'maxLength': 500, 'description': 'Free text notes shown against the order.', 'example': 'order1'}, 'callback_url': {'type': 'string', 'maxLength': 500, 'description': "Where the customer's browser is sent after a successful payment.", 'example': 'https://shop.example.com/pay/success'}, 'failure_callback_url': {'type': 'string', 'maxLength': 500, 'description': "Where the customer's browser is sent after a failed payment (callback_url when absent).", 'example': 'https://shop.example.com/pay/failure'}, 'part_payment': {'type': 'boolean', 'description': 'Whether the order may be paid in parts.', 'example': False}, 'purchase_details': {'type': 'object', 'description': "Who pays, the cart, the split and the merchant's own metadata. Shared by requests and responses, so unknown fields are accepted.", 'properties': {'customer': {'$ref': '#/components/schemas/Customer'}, 'merchant_metadata': {'$ref': '#/components/schemas/MerchantMetadata'}, 'cart_details': {'$ref': '#/components/schemas/CartDetails'}, 'split_info': {'$ref': '#/components/schemas/OrderSplitInfo'}}, 'additionalProperties': False}, 'split_info': {'type': 'object', 'description': "How the order's money is split between partner merchants (split settlement must be enabled).", 'additionalProperties': False, 'properties': {'split_type': {'type': 'string', 'pattern': '^[A-Z_]{1,20}$', 'description': 'How the split is expressed; Plural documents AMOUNT.', 'example': 'AMOUNT'}, 'split_details': {'type': 'array', 'description': "The partners' shares.", 'minItems': 1, 'items': {'$ref': '#/components/schemas/OrderSplitDetailRequest'}}}}, 'is_mcc_transaction': {'type': 'string', 'description': '"true" for a multi-currency (MCC) order, sent as a string.', 'enum': ['true', 'false'], 'example': 'false'}, 'base_amount': {'type': 'object', 'description': "An amount of money in the currency's smallest unit (paise for INR).", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 100, 'maximum': 100000000, 'description': 'Amount in paise, from 100 (1 rupee) to 100000000 (10 lakh rupees).', 'example': 1100}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code; Plural accepts INR.', 'example': 'INR'}}, 'additionalProperties': False}, 'cart_coupon_discount_amount': {'type': 'object', 'description': "Any other sum of money (a discount, a fee, a balance, a breakdown line), in the\ncurrency's smallest unit; unlike `Amount` it may be below one rupee, or zero.\n", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 0, 'description': 'Amount in the smallest unit of the currency (paise for INR).', 'example': 500}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code.', 'example': 'INR'}}, 'additionalProperties': False}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['merchant_order_reference', 'order_amount']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'A new order.', 'required': ['merchant_order_reference', 'order_amount'], 'additionalProperties': False, 'properties': {'merchant_order_reference': {'type': 'string', 'description': "A merchant's own reference, 1 to 50 of letters, digits, `_` and `-`. Plural's idempotency key for the resource it names.", 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9_-]+$', 'example': 'f4548bbf-a029-43d3-9209-e3385c80b1e9'}, 'order_amount': {'type': 'object', 'description': "An amount of money in the currency's smallest unit (paise for INR).", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 100, 'maximum': 100000000, 'description': 'Amount in paise, from 100 (1 rupee) to 100000000 (10 lakh rupees).', 'example': 1100}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code; Plural accepts INR.', 'example': 'INR'}}, 'additionalProperties': False}, 'pre_auth': {'type': 'boolean', 'description': 'True to authorize only; the order is then captured or cancelled later.', 'example': False}, 'allowed_payment_methods': {'type': 'array', 'description': 'The payment methods the customer may use.', 'items': {'type': 'string', 'description': 'A payment method an order allows or a payment uses.', 'enum': ['CARD', 'UPI', 'NETBANKING', 'WALLET', 'CREDIT_EMI', 'DEBIT_EMI', 'CARDLESS_EMI', 'POINTS', 'BNPL'], 'example': 'CARD'}, 'example': ['CARD', 'UPI', 'NETBANKING']}, 'notes': {'type': 'string', 'maxLength': 500, 'description': 'Free text notes shown against the order.', 'example': 'order1'}, 'callback_url': {'type': 'string', 'maxLength': 500, 'description': "Where the customer's browser is sent after a successful payment.", 'example': 'https://shop.example.com/pay/success'}, 'failure_callback_url': {'type': 'string', 'maxLength': 500, 'description': "Where the customer's browser is sent after a failed payment (callback_url when absent).", 'example': 'https://shop.example.com/pay/failure'}, 'part_payment': {'type': 'boolean', 'description': 'Whether the order may be paid in parts.', 'example': False}, 'purchase_details': {'type': 'object', 'description': "Who pays, the cart, the split and the merchant's own metadata. Shared by requests and responses, so unknown fields are accepted.", 'properties': {'customer': {'$ref': '#/components/schemas/Customer'}, 'merchant_metadata': {'$ref': '#/components/schemas/MerchantMetadata'}, 'cart_details': {'$ref': '#/components/schemas/CartDetails'}, 'split_info': {'$ref': '#/components/schemas/OrderSplitInfo'}}, 'additionalProperties': False}, 'split_info': {'type': 'object', 'description': "How the order's money is split between partner merchants (split settlement must be enabled).", 'additionalProperties': False, 'properties': {'split_type': {'type': 'string', 'pattern': '^[A-Z_]{1,20}$', 'description': 'How the split is expressed; Plural documents AMOUNT.', 'example': 'AMOUNT'}, 'split_details': {'type': 'array', 'description': "The partners' shares.", 'minItems': 1, 'items': {'$ref': '#/components/schemas/OrderSplitDetailRequest'}}}}, 'is_mcc_transaction': {'type': 'string', 'description': '"true" for a multi-currency (MCC) order, sent as a string.', 'enum': ['true', 'false'], 'example': 'false'}, 'base_amount': {'type': 'object', 'description': "An amount of money in the currency's smallest unit (paise for INR).", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 100, 'maximum': 100000000, 'description': 'Amount in paise, from 100 (1 rupee) to 100000000 (10 lakh rupees).', 'example': 1100}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code; Plural accepts INR.', 'example': 'INR'}}, 'additionalProperties': False}, 'cart_coupon_discount_amount': {'type': 'object', 'description': "Any other sum of money (a discount, a fee, a balance, a breakdown line), in the\ncurrency's smallest unit; unlike `Amount` it may be below one rupee, or zero.\n", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 0, 'description': 'Amount in the smallest unit of the currency (paise for INR).', 'example': 500}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code.', 'example': 'INR'}}, 'additionalProperties': False}}}, rule='required')
        data_keys = set(data.keys())
        if "merchant_order_reference" in data_keys:
            data_keys.remove("merchant_order_reference")
            data__merchantorderreference = data["merchant_order_reference"]
            validate___components_schemas_merchantreference(data__merchantorderreference, custom_formats, (name_prefix or "data") + ".merchant_order_reference")
        if "order_amount" in data_keys:
            data_keys.remove("order_amount")
            data__orderamount = data["order_amount"]
            validate___components_schemas_amount(data__orderamount, custom_formats, (name_prefix or "data") + ".order_amount")
        if "pre_auth" in data_keys:
            data_keys.remove("pre_auth")
            data__preauth = data["pre_auth"]
            if not isinstance(data__preauth, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".pre_auth must be boolean", value=data__preauth, name="" + (name_prefix or "data") + ".pre_auth", definition={'type': 'boolean', 'description': 'True to authorize only; the order is then captured or cancelled later.', 'example': False}, rule='type')
        if "allowed_payment_methods" in data_keys:
            data_keys.remove("allowed_payment_methods")
            data__allowedpaymentmethods = data["allowed_payment_methods"]
            if not isinstance(data__allowedpaymentmethods, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".allowed_payment_methods must be array", value=data__allowedpaymentmethods, name="" + (name_prefix or "data") + ".allowed_payment_methods", definition={'type': 'array', 'description': 'The payment methods the customer may use.', 'items': {'type': 'string', 'description': 'A payment method an order allows or a payment uses.', 'enum': ['CARD', 'UPI', 'NETBANKING', 'WALLET', 'CREDIT_EMI', 'DEBIT_EMI', 'CARDLESS_EMI', 'POINTS', 'BNPL'], 'example': 'CARD'}, 'example': ['CARD', 'UPI', 'NETBANKING']}, rule='type')
            data__allowedpaymentmethods_is_list = isinstance(data__allowedpaymentmethods, (list, tuple))
            if data__allowedpaymentmethods_is_list:
                data__allowedpaymentmethods_len = len(data__allowedpaymentmethods)
                for data__allowedpaymentmethods_x, data__allowedpaymentmethods_item in enumerate(data__allowedpaymentmethods):
                    validate___components_schemas_paymentmethod(data__allowedpaymentmethods_item, custom_formats, (name_prefix or "data") + ".allowed_payment_methods[{data__allowedpaymentmethods_x}]".format(**locals()))
        if "notes" in data_keys:
            data_keys.remove("notes")
            data__notes = data["notes"]
            if not isinstance(data__notes, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".notes must be string", value=data__notes, name="" + (name_prefix or "data") + ".notes", definition={'type': 'string', 'maxLength': 500, 'description': 'Free text notes shown against the order.', 'example': 'order1'}, rule='type')
            if isinstance(data__notes, str):
                data__notes_len = len(data__notes)
                if data__notes_len > 500:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".notes must be shorter than or equal to 500 characters", value=data__notes, name="" + (name_prefix or "data") + ".notes", definition={'type': 'string', 'maxLength': 500, 'description': 'Free text notes shown against the order.', 'example': 'order1'}, rule='maxLength')
        if "callback_url" in data_keys:
            data_keys.remove("callback_url")
            data__callbackurl = data["callback_url"]
            if not isinstance(data__callbackurl, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".callback_url must be string", value=data__callbackurl, name="" + (name_prefix or "data") + ".callback_url", definition={'type': 'string', 'maxLength': 500, 'description': "Where the customer's browser is sent after a successful payment.", 'example': 'https://shop.example.com/pay/success'}, rule='type')
            if isinstance(data__callbackurl, str):
                data__callbackurl_len = len(data__callbackurl)
                if data__callbackurl_len > 500:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".callback_url must be shorter than or equal to 500 characters", value=data__callbackurl, name="" + (name_prefix or "data") + ".callback_url", definition={'type': 'string', 'maxLength': 500, 'description': "Where the customer's browser is sent after a successful payment.", 'example': 'https://shop.example.com/pay/success'}, rule='maxLength')
        if "failure_callback_url" in data_keys:
            data_keys.remove("failure_callback_url")
            data__failurecallbackurl = data["failure_callback_url"]
            if not isinstance(data__failurecallbackurl, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".failure_callback_url must be string", value=data__failurecallbackurl, name="" + (name_prefix or "data") + ".failure_callback_url", definition={'type': 'string', 'maxLength': 500, 'description': "Where the customer's browser is sent after a failed payment (callback_url when absent).", 'example': 'https://shop.example.com/pay/failure'}, rule='type')
            if isinstance(data__failurecallbackurl, str):
                data__failurecallbackurl_len = len(data__failurecallbackurl)
                if data__failurecallbackurl_len > 500:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".failure_callback_url must be shorter than or equal to 500 characters", value=data__failurecallbackurl, name="" + (name_prefix or "data") + ".failure_callback_url", definition={'type': 'string', 'maxLength': 500, 'description': "Where the customer's browser is sent after a failed payment (callback_url when absent).", 'example': 'https://shop.example.com/pay/failure'}, rule='maxLength')
        if "part_payment" in data_keys:
            data_keys.remove("part_payment")
            data__partpayment = data["part_payment"]
            if not isinstance(data__partpayment, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".part_payment must be boolean", value=data__partpayment, name="" + (name_prefix or "data") + ".part_payment", definition={'type': 'boolean', 'description': 'Whether the order may be paid in parts.', 'example': False}, rule='type')
        if "purchase_details" in data_keys:
            data_keys.remove("purchase_details")
            data__purchasedetails = data["purchase_details"]
            validate___components_schemas_purchasedetails(data__purchasedetails, custom_formats, (name_prefix or "data") + ".purchase_details")
        if "split_info" in data_keys:
            data_keys.remove("split_info")
            data__splitinfo = data["split_info"]
            validate___components_schemas_ordersplitinforequest(data__splitinfo, custom_formats, (name_prefix or "data") + ".split_info")
        if "is_mcc_transaction" in data_keys:
            data_keys.remove("is_mcc_transaction")
            data__ismcctransaction = data["is_mcc_transaction"]
            if not isinstance(data__ismcctransaction, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".is_mcc_transaction must be string", value=data__ismcctransaction, name="" + (name_prefix or "data") + ".is_mcc_transaction", definition={'type': 'string', 'description': '"true" for a multi-currency (MCC) order, sent as a string.', 'enum': ['true', 'false'], 'example': 'false'}, rule='type')
            if not (isinstance(data__ismcctransaction, str) and data__ismcctransaction == 'true' or isinstance(data__ismcctransaction, str) and data__ismcctransaction == 'false'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".is_mcc_transaction must be one of ['true', 'false']", value=data__ismcctransaction, name="" + (name_prefix or "data") + ".is_mcc_transaction", definition={'type': 'string', 'description': '"true" for a multi-currency (MCC) order, sent as a string.', 'enum': ['true', 'false'], 'example': 'false'}, rule='enum')
        if "base_amount" in data_keys:
            data_keys.remove("base_amount")
            data__baseamount = data["base_amount"]
            validate___components_schemas_amount(data__baseamount, custom_formats, (name_prefix or "data") + ".base_amount")
        if "cart_coupon_discount_amount" in data_keys:
            data_keys.remove("cart_coupon_discount_amount")
            data__cartcoupondiscountamount = data["cart_coupon_discount_amount"]
            validate___components_schemas_money(data__cartcoupondiscountamount, custom_formats, (name_prefix or "data") + ".cart_coupon_discount_amount")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'A new order.', 'required': ['merchant_order_reference', 'order_amount'], 'additionalProperties': False, 'properties': {'merchant_order_reference': {'type': 'string', 'description': "A merchant's own reference, 1 to 50 of letters, digits, `_` and `-`. Plural's idempotency key for the resource it names.", 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9_-]+$', 'example': 'f4548bbf-a029-43d3-9209-e3385c80b1e9'}, 'order_amount': {'type': 'object', 'description': "An amount of money in the currency's smallest unit (paise for INR).", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 100, 'maximum': 100000000, 'description': 'Amount in paise, from 100 (1 rupee) to 100000000 (10 lakh rupees).', 'example': 1100}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code; Plural accepts INR.', 'example': 'INR'}}, 'additionalProperties': False}, 'pre_auth': {'type': 'boolean', 'description': 'True to authorize only; the order is then captured or cancelled later.', 'example': False}, 'allowed_payment_methods': {'type': 'array', 'description': 'The payment methods the customer may use.', 'items': {'type': 'string', 'description': 'A payment method an order allows or a payment uses.', 'enum': ['CARD', 'UPI', 'NETBANKING', 'WALLET', 'CREDIT_EMI', 'DEBIT_EMI', 'CARDLESS_EMI', 'POINTS', 'BNPL'], 'example': 'CARD'}, 'example': ['CARD', 'UPI', 'NETBANKING']}, 'notes': {'type': 'string', 'maxLength': 500, 'description': 'Free text notes shown against the order.', 'example': 'order1'}, 'callback_url': {'type': 'string', 'maxLength': 500, 'description': "Where the customer's browser is sent after a successful payment.", 'example': 'https://shop.example.com/pay/success'}, 'failure_callback_url': {'type': 'string', 'maxLength': 500, 'description': "Where the customer's browser is sent after a failed payment (callback_url when absent).", 'example': 'https://shop.example.com/pay/failure'}, 'part_payment': {'type': 'boolean', 'description': 'Whether the order may be paid in parts.', 'example': False}, 'purchase_details': {'type': 'object', 'description': "Who pays, the cart, the split and the merchant's own metadata. Shared by requests and responses, so unknown fields are accepted.", 'properties': {'customer': {'$ref': '#/components/schemas/Customer'}, 'merchant_metadata': {'$ref': '#/components/schemas/MerchantMetadata'}, 'cart_details': {'$ref': '#/components/schemas/CartDetails'}, 'split_info': {'$ref': '#/components/schemas/OrderSplitInfo'}}, 'additionalProperties': False}, 'split_info': {'type': 'object', 'description': "How the order's money is split between partner merchants (split settlement must be enabled).", 'additionalProperties': False, 'properties': {'split_type': {'type': 'string', 'pattern': '^[A-Z_]{1,20}$', 'description': 'How the split is expressed; Plural documents AMOUNT.', 'example': 'AMOUNT'}, 'split_details': {'type': 'array', 'description': "The partners' shares.", 'minItems': 1, 'items': {'$ref': '#/components/schemas/OrderSplitDetailRequest'}}}}, 'is_mcc_transaction': {'type': 'string', 'description': '"true" for a multi-currency (MCC) order, sent as a string.', 'enum': ['true', 'false'], 'example': 'false'}, 'base_amount': {'type': 'object', 'description': "An amount of money in the currency's smallest unit (paise for INR).", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 100, 'maximum': 100000000, 'description': 'Amount in paise, from 100 (1 rupee) to 100000000 (10 lakh rupees).', 'example': 1100}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code; Plural accepts INR.', 'example': 'INR'}}, 'additionalProperties': False}, 'cart_coupon_discount_amount': {'type': 'object', 'description': "Any other sum of money (a discount, a fee, a balance, a breakdown line), in the\ncurrency's smallest unit; unlike `Amount` it may be below one rupee, or zero.\n", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 0, 'description': 'Amount in the smallest unit of the currency (paise for INR).', 'example': 500}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code.', 'example': 'INR'}}, 'additionalProperties': False}}}, rule='additionalProperties')
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

def validate___components_schemas_ordersplitinforequest(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': "How the order's money is split between partner merchants (split settlement must be enabled).", 'additionalProperties': False, 'properties': {'split_type': {'type': 'string', 'pattern': '^[A-Z_]{1,20}$', 'description': 'How the split is expressed; Plural documents AMOUNT.', 'example': 'AMOUNT'}, 'split_details': {'type': 'array', 'description': "The partners' shares.", 'minItems': 1, 'items': {'type': 'object', 'description': "One partner's share of a split-settlement order.", 'additionalProperties': False, 'properties': {'split_merchant_id': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "Plural's id of the partner merchant.", 'example': '110047'}, 'merchant_settlement_reference': {'$ref': '#/components/schemas/MerchantReference'}, 'amount': {'$ref': '#/components/schemas/Amount'}, 'on_hold': {'type': 'boolean', 'description': 'True to hold the share until the merchant releases it.', 'example': False}}}}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "split_type" in data_keys:
            data_keys.remove("split_type")
            data__splittype = data["split_type"]
            if not isinstance(data__splittype, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".split_type must be string", value=data__splittype, name="" + (name_prefix or "data") + ".split_type", definition={'type': 'string', 'pattern': '^[A-Z_]{1,20}$', 'description': 'How the split is expressed; Plural documents AMOUNT.', 'example': 'AMOUNT'}, rule='type')
            if isinstance(data__splittype, str):
                if not REGEX_PATTERNS['^[A-Z_]{1,20}$'].search(data__splittype):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".split_type must match pattern ^[A-Z_]{1,20}$", value=data__splittype, name="" + (name_prefix or "data") + ".split_type", definition={'type': 'string', 'pattern': '^[A-Z_]{1,20}$', 'description': 'How the split is expressed; Plural documents AMOUNT.', 'example': 'AMOUNT'}, rule='pattern')
        if "split_details" in data_keys:
            data_keys.remove("split_details")
            data__splitdetails = data["split_details"]
            if not isinstance(data__splitdetails, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".split_details must be array", value=data__splitdetails, name="" + (name_prefix or "data") + ".split_details", definition={'type': 'array', 'description': "The partners' shares.", 'minItems': 1, 'items': {'type': 'object', 'description': "One partner's share of a split-settlement order.", 'additionalProperties': False, 'properties': {'split_merchant_id': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "Plural's id of the partner merchant.", 'example': '110047'}, 'merchant_settlement_reference': {'$ref': '#/components/schemas/MerchantReference'}, 'amount': {'$ref': '#/components/schemas/Amount'}, 'on_hold': {'type': 'boolean', 'description': 'True to hold the share until the merchant releases it.', 'example': False}}}}, rule='type')
            data__splitdetails_is_list = isinstance(data__splitdetails, (list, tuple))
            if data__splitdetails_is_list:
                data__splitdetails_len = len(data__splitdetails)
                if data__splitdetails_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".split_details must contain at least 1 items", value=data__splitdetails, name="" + (name_prefix or "data") + ".split_details", definition={'type': 'array', 'description': "The partners' shares.", 'minItems': 1, 'items': {'type': 'object', 'description': "One partner's share of a split-settlement order.", 'additionalProperties': False, 'properties': {'split_merchant_id': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "Plural's id of the partner merchant.", 'example': '110047'}, 'merchant_settlement_reference': {'$ref': '#/components/schemas/MerchantReference'}, 'amount': {'$ref': '#/components/schemas/Amount'}, 'on_hold': {'type': 'boolean', 'description': 'True to hold the share until the merchant releases it.', 'example': False}}}}, rule='minItems')
                for data__splitdetails_x, data__splitdetails_item in enumerate(data__splitdetails):
                    validate___components_schemas_ordersplitdetailrequest(data__splitdetails_item, custom_formats, (name_prefix or "data") + ".split_details[{data__splitdetails_x}]".format(**locals()))
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': "How the order's money is split between partner merchants (split settlement must be enabled).", 'additionalProperties': False, 'properties': {'split_type': {'type': 'string', 'pattern': '^[A-Z_]{1,20}$', 'description': 'How the split is expressed; Plural documents AMOUNT.', 'example': 'AMOUNT'}, 'split_details': {'type': 'array', 'description': "The partners' shares.", 'minItems': 1, 'items': {'type': 'object', 'description': "One partner's share of a split-settlement order.", 'additionalProperties': False, 'properties': {'split_merchant_id': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "Plural's id of the partner merchant.", 'example': '110047'}, 'merchant_settlement_reference': {'$ref': '#/components/schemas/MerchantReference'}, 'amount': {'$ref': '#/components/schemas/Amount'}, 'on_hold': {'type': 'boolean', 'description': 'True to hold the share until the merchant releases it.', 'example': False}}}}}}, rule='additionalProperties')
    return data

def validate___components_schemas_ordersplitdetailrequest(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': "One partner's share of a split-settlement order.", 'additionalProperties': False, 'properties': {'split_merchant_id': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "Plural's id of the partner merchant.", 'example': '110047'}, 'merchant_settlement_reference': {'type': 'string', 'description': "A merchant's own reference, 1 to 50 of letters, digits, `_` and `-`. Plural's idempotency key for the resource it names.", 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9_-]+$', 'example': 'f4548bbf-a029-43d3-9209-e3385c80b1e9'}, 'amount': {'type': 'object', 'description': "An amount of money in the currency's smallest unit (paise for INR).", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 100, 'maximum': 100000000, 'description': 'Amount in paise, from 100 (1 rupee) to 100000000 (10 lakh rupees).', 'example': 1100}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code; Plural accepts INR.', 'example': 'INR'}}, 'additionalProperties': False}, 'on_hold': {'type': 'boolean', 'description': 'True to hold the share until the merchant releases it.', 'example': False}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "split_merchant_id" in data_keys:
            data_keys.remove("split_merchant_id")
            data__splitmerchantid = data["split_merchant_id"]
            if not isinstance(data__splitmerchantid, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".split_merchant_id must be string", value=data__splitmerchantid, name="" + (name_prefix or "data") + ".split_merchant_id", definition={'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "Plural's id of the partner merchant.", 'example': '110047'}, rule='type')
            if isinstance(data__splitmerchantid, str):
                data__splitmerchantid_len = len(data__splitmerchantid)
                if data__splitmerchantid_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".split_merchant_id must be longer than or equal to 1 characters", value=data__splitmerchantid, name="" + (name_prefix or "data") + ".split_merchant_id", definition={'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "Plural's id of the partner merchant.", 'example': '110047'}, rule='minLength')
                if data__splitmerchantid_len > 50:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".split_merchant_id must be shorter than or equal to 50 characters", value=data__splitmerchantid, name="" + (name_prefix or "data") + ".split_merchant_id", definition={'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "Plural's id of the partner merchant.", 'example': '110047'}, rule='maxLength')
        if "merchant_settlement_reference" in data_keys:
            data_keys.remove("merchant_settlement_reference")
            data__merchantsettlementreference = data["merchant_settlement_reference"]
            validate___components_schemas_merchantreference(data__merchantsettlementreference, custom_formats, (name_prefix or "data") + ".merchant_settlement_reference")
        if "amount" in data_keys:
            data_keys.remove("amount")
            data__amount = data["amount"]
            validate___components_schemas_amount(data__amount, custom_formats, (name_prefix or "data") + ".amount")
        if "on_hold" in data_keys:
            data_keys.remove("on_hold")
            data__onhold = data["on_hold"]
            if not isinstance(data__onhold, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".on_hold must be boolean", value=data__onhold, name="" + (name_prefix or "data") + ".on_hold", definition={'type': 'boolean', 'description': 'True to hold the share until the merchant releases it.', 'example': False}, rule='type')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': "One partner's share of a split-settlement order.", 'additionalProperties': False, 'properties': {'split_merchant_id': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "Plural's id of the partner merchant.", 'example': '110047'}, 'merchant_settlement_reference': {'type': 'string', 'description': "A merchant's own reference, 1 to 50 of letters, digits, `_` and `-`. Plural's idempotency key for the resource it names.", 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9_-]+$', 'example': 'f4548bbf-a029-43d3-9209-e3385c80b1e9'}, 'amount': {'type': 'object', 'description': "An amount of money in the currency's smallest unit (paise for INR).", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 100, 'maximum': 100000000, 'description': 'Amount in paise, from 100 (1 rupee) to 100000000 (10 lakh rupees).', 'example': 1100}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code; Plural accepts INR.', 'example': 'INR'}}, 'additionalProperties': False}, 'on_hold': {'type': 'boolean', 'description': 'True to hold the share until the merchant releases it.', 'example': False}}}, rule='additionalProperties')
    return data

def validate___components_schemas_purchasedetails(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': "Who pays, the cart, the split and the merchant's own metadata. Shared by requests and responses, so unknown fields are accepted.", 'properties': {'customer': {'type': 'object', 'description': 'The paying customer. Shared by requests and responses, so unknown fields are accepted.', 'properties': {'email_id': {'type': 'string', 'maxLength': 50, 'description': 'Email address.', 'example': 'kevin.bob@example.com'}, 'first_name': {'type': 'string', 'maxLength': 50, 'description': 'First name.', 'example': 'Kevin'}, 'last_name': {'type': 'string', 'maxLength': 50, 'description': 'Last name.', 'example': 'Bob'}, 'customer_id': {'type': 'string', 'maxLength': 19, 'description': "The merchant's customer id.", 'example': '123456'}, 'mobile_number': {'type': 'string', 'pattern': '^[0-9]{9,20}$', 'description': 'Mobile number, 9 to 20 digits, without the country code.', 'example': '9876543210'}, 'country_code': {'type': 'string', 'pattern': '^[0-9]{1,4}$', 'description': "Calling code of the mobile number's country, digits only; Plural assumes 91 when absent.", 'example': '91'}, 'billing_address': {'$ref': '#/components/schemas/Address'}, 'shipping_address': {'$ref': '#/components/schemas/Address'}, 'is_edit_customer_details_allowed': {'type': 'boolean', 'description': 'Whether the customer may edit these details at checkout.', 'example': False}}, 'additionalProperties': False}, 'merchant_metadata': {'type': 'object', 'description': "Up to 10 key-value pairs of the merchant's own, each value at most 256 characters.", 'maxProperties': 10, 'additionalProperties': {'type': 'string', 'maxLength': 256}, 'example': {'key1': 'DD', 'key2': 'XOF'}}, 'cart_details': {'type': 'object', 'description': "The customer's cart, item by item.", 'properties': {'cart_items': {'type': 'array', 'description': 'The items of the cart.', 'items': {'$ref': '#/components/schemas/CartItem'}}}, 'additionalProperties': False}, 'split_info': {'type': 'object', 'description': "How an order's money is split between partner merchants, as Plural reports it.", 'properties': {'split_type': {'type': 'string', 'description': 'How the split is expressed (AMOUNT).', 'example': 'AMOUNT'}, 'split_details': {'type': 'array', 'description': "The partners' shares.", 'items': {'$ref': '#/components/schemas/OrderSplitDetail'}}}, 'additionalProperties': False}}, 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "customer" in data_keys:
            data_keys.remove("customer")
            data__customer = data["customer"]
            validate___components_schemas_customer(data__customer, custom_formats, (name_prefix or "data") + ".customer")
        if "merchant_metadata" in data_keys:
            data_keys.remove("merchant_metadata")
            data__merchantmetadata = data["merchant_metadata"]
            validate___components_schemas_merchantmetadata(data__merchantmetadata, custom_formats, (name_prefix or "data") + ".merchant_metadata")
        if "cart_details" in data_keys:
            data_keys.remove("cart_details")
            data__cartdetails = data["cart_details"]
            validate___components_schemas_cartdetails(data__cartdetails, custom_formats, (name_prefix or "data") + ".cart_details")
        if "split_info" in data_keys:
            data_keys.remove("split_info")
            data__splitinfo = data["split_info"]
            validate___components_schemas_ordersplitinfo(data__splitinfo, custom_formats, (name_prefix or "data") + ".split_info")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': "Who pays, the cart, the split and the merchant's own metadata. Shared by requests and responses, so unknown fields are accepted.", 'properties': {'customer': {'type': 'object', 'description': 'The paying customer. Shared by requests and responses, so unknown fields are accepted.', 'properties': {'email_id': {'type': 'string', 'maxLength': 50, 'description': 'Email address.', 'example': 'kevin.bob@example.com'}, 'first_name': {'type': 'string', 'maxLength': 50, 'description': 'First name.', 'example': 'Kevin'}, 'last_name': {'type': 'string', 'maxLength': 50, 'description': 'Last name.', 'example': 'Bob'}, 'customer_id': {'type': 'string', 'maxLength': 19, 'description': "The merchant's customer id.", 'example': '123456'}, 'mobile_number': {'type': 'string', 'pattern': '^[0-9]{9,20}$', 'description': 'Mobile number, 9 to 20 digits, without the country code.', 'example': '9876543210'}, 'country_code': {'type': 'string', 'pattern': '^[0-9]{1,4}$', 'description': "Calling code of the mobile number's country, digits only; Plural assumes 91 when absent.", 'example': '91'}, 'billing_address': {'$ref': '#/components/schemas/Address'}, 'shipping_address': {'$ref': '#/components/schemas/Address'}, 'is_edit_customer_details_allowed': {'type': 'boolean', 'description': 'Whether the customer may edit these details at checkout.', 'example': False}}, 'additionalProperties': False}, 'merchant_metadata': {'type': 'object', 'description': "Up to 10 key-value pairs of the merchant's own, each value at most 256 characters.", 'maxProperties': 10, 'additionalProperties': {'type': 'string', 'maxLength': 256}, 'example': {'key1': 'DD', 'key2': 'XOF'}}, 'cart_details': {'type': 'object', 'description': "The customer's cart, item by item.", 'properties': {'cart_items': {'type': 'array', 'description': 'The items of the cart.', 'items': {'$ref': '#/components/schemas/CartItem'}}}, 'additionalProperties': False}, 'split_info': {'type': 'object', 'description': "How an order's money is split between partner merchants, as Plural reports it.", 'properties': {'split_type': {'type': 'string', 'description': 'How the split is expressed (AMOUNT).', 'example': 'AMOUNT'}, 'split_details': {'type': 'array', 'description': "The partners' shares.", 'items': {'$ref': '#/components/schemas/OrderSplitDetail'}}}, 'additionalProperties': False}}, 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate___components_schemas_ordersplitinfo(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': "How an order's money is split between partner merchants, as Plural reports it.", 'properties': {'split_type': {'type': 'string', 'description': 'How the split is expressed (AMOUNT).', 'example': 'AMOUNT'}, 'split_details': {'type': 'array', 'description': "The partners' shares.", 'items': {'type': 'object', 'description': "One partner's share of a split-settlement order or refund, as Plural reports it.", 'properties': {'split_merchant_id': {'type': 'string', 'description': "Plural's id of the partner merchant.", 'example': '110047'}, 'split_settlement_id': {'type': 'string', 'description': "Plural's id of this split settlement.", 'example': 'v1-250513063000-aa-UBAnaE-ss-g'}, 'parent_order_split_settlement_id': {'type': 'string', 'description': 'For a refund, the split settlement of the parent order it draws on.', 'example': 'v1-250513063000-aa-UBAnaE-ss-g'}, 'merchant_settlement_reference': {'type': 'string', 'description': "The merchant's reference of this split.", 'example': 'settle-ref-001'}, 'amount': {'$ref': '#/components/schemas/Amount'}, 'on_hold': {'type': 'boolean', 'description': 'Whether the share is held until the merchant releases it.', 'example': True}, 'status': {'type': 'string', 'description': "HOLD or RELEASED for an order's share; DO_NOT_RECOVER (or empty) for a refund's.", 'enum': ['RELEASED', 'HOLD', 'DO_NOT_RECOVER'], 'example': 'HOLD'}, 'updated_at': {'type': 'string', 'format': 'date-time', 'description': 'When the split last changed.', 'example': '2024-07-19T11:13:21.523Z'}}, 'additionalProperties': False}}}, 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "split_type" in data_keys:
            data_keys.remove("split_type")
            data__splittype = data["split_type"]
            if not isinstance(data__splittype, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".split_type must be string", value=data__splittype, name="" + (name_prefix or "data") + ".split_type", definition={'type': 'string', 'description': 'How the split is expressed (AMOUNT).', 'example': 'AMOUNT'}, rule='type')
        if "split_details" in data_keys:
            data_keys.remove("split_details")
            data__splitdetails = data["split_details"]
            if not isinstance(data__splitdetails, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".split_details must be array", value=data__splitdetails, name="" + (name_prefix or "data") + ".split_details", definition={'type': 'array', 'description': "The partners' shares.", 'items': {'type': 'object', 'description': "One partner's share of a split-settlement order or refund, as Plural reports it.", 'properties': {'split_merchant_id': {'type': 'string', 'description': "Plural's id of the partner merchant.", 'example': '110047'}, 'split_settlement_id': {'type': 'string', 'description': "Plural's id of this split settlement.", 'example': 'v1-250513063000-aa-UBAnaE-ss-g'}, 'parent_order_split_settlement_id': {'type': 'string', 'description': 'For a refund, the split settlement of the parent order it draws on.', 'example': 'v1-250513063000-aa-UBAnaE-ss-g'}, 'merchant_settlement_reference': {'type': 'string', 'description': "The merchant's reference of this split.", 'example': 'settle-ref-001'}, 'amount': {'$ref': '#/components/schemas/Amount'}, 'on_hold': {'type': 'boolean', 'description': 'Whether the share is held until the merchant releases it.', 'example': True}, 'status': {'type': 'string', 'description': "HOLD or RELEASED for an order's share; DO_NOT_RECOVER (or empty) for a refund's.", 'enum': ['RELEASED', 'HOLD', 'DO_NOT_RECOVER'], 'example': 'HOLD'}, 'updated_at': {'type': 'string', 'format': 'date-time', 'description': 'When the split last changed.', 'example': '2024-07-19T11:13:21.523Z'}}, 'additionalProperties': False}}, rule='type')
            data__splitdetails_is_list = isinstance(data__splitdetails, (list, tuple))
            if data__splitdetails_is_list:
                data__splitdetails_len = len(data__splitdetails)
                for data__splitdetails_x, data__splitdetails_item in enumerate(data__splitdetails):
                    validate___components_schemas_ordersplitdetail(data__splitdetails_item, custom_formats, (name_prefix or "data") + ".split_details[{data__splitdetails_x}]".format(**locals()))
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': "How an order's money is split between partner merchants, as Plural reports it.", 'properties': {'split_type': {'type': 'string', 'description': 'How the split is expressed (AMOUNT).', 'example': 'AMOUNT'}, 'split_details': {'type': 'array', 'description': "The partners' shares.", 'items': {'type': 'object', 'description': "One partner's share of a split-settlement order or refund, as Plural reports it.", 'properties': {'split_merchant_id': {'type': 'string', 'description': "Plural's id of the partner merchant.", 'example': '110047'}, 'split_settlement_id': {'type': 'string', 'description': "Plural's id of this split settlement.", 'example': 'v1-250513063000-aa-UBAnaE-ss-g'}, 'parent_order_split_settlement_id': {'type': 'string', 'description': 'For a refund, the split settlement of the parent order it draws on.', 'example': 'v1-250513063000-aa-UBAnaE-ss-g'}, 'merchant_settlement_reference': {'type': 'string', 'description': "The merchant's reference of this split.", 'example': 'settle-ref-001'}, 'amount': {'$ref': '#/components/schemas/Amount'}, 'on_hold': {'type': 'boolean', 'description': 'Whether the share is held until the merchant releases it.', 'example': True}, 'status': {'type': 'string', 'description': "HOLD or RELEASED for an order's share; DO_NOT_RECOVER (or empty) for a refund's.", 'enum': ['RELEASED', 'HOLD', 'DO_NOT_RECOVER'], 'example': 'HOLD'}, 'updated_at': {'type': 'string', 'format': 'date-time', 'description': 'When the split last changed.', 'example': '2024-07-19T11:13:21.523Z'}}, 'additionalProperties': False}}}, 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate___components_schemas_ordersplitdetail(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': "One partner's share of a split-settlement order or refund, as Plural reports it.", 'properties': {'split_merchant_id': {'type': 'string', 'description': "Plural's id of the partner merchant.", 'example': '110047'}, 'split_settlement_id': {'type': 'string', 'description': "Plural's id of this split settlement.", 'example': 'v1-250513063000-aa-UBAnaE-ss-g'}, 'parent_order_split_settlement_id': {'type': 'string', 'description': 'For a refund, the split settlement of the parent order it draws on.', 'example': 'v1-250513063000-aa-UBAnaE-ss-g'}, 'merchant_settlement_reference': {'type': 'string', 'description': "The merchant's reference of this split.", 'example': 'settle-ref-001'}, 'amount': {'type': 'object', 'description': "An amount of money in the currency's smallest unit (paise for INR).", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 100, 'maximum': 100000000, 'description': 'Amount in paise, from 100 (1 rupee) to 100000000 (10 lakh rupees).', 'example': 1100}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code; Plural accepts INR.', 'example': 'INR'}}, 'additionalProperties': False}, 'on_hold': {'type': 'boolean', 'description': 'Whether the share is held until the merchant releases it.', 'example': True}, 'status': {'type': 'string', 'description': "HOLD or RELEASED for an order's share; DO_NOT_RECOVER (or empty) for a refund's.", 'enum': ['RELEASED', 'HOLD', 'DO_NOT_RECOVER'], 'example': 'HOLD'}, 'updated_at': {'type': 'string', 'format': 'date-time', 'description': 'When the split last changed.', 'example': '2024-07-19T11:13:21.523Z'}}, 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "split_merchant_id" in data_keys:
            data_keys.remove("split_merchant_id")
            data__splitmerchantid = data["split_merchant_id"]
            if not isinstance(data__splitmerchantid, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".split_merchant_id must be string", value=data__splitmerchantid, name="" + (name_prefix or "data") + ".split_merchant_id", definition={'type': 'string', 'description': "Plural's id of the partner merchant.", 'example': '110047'}, rule='type')
        if "split_settlement_id" in data_keys:
            data_keys.remove("split_settlement_id")
            data__splitsettlementid = data["split_settlement_id"]
            if not isinstance(data__splitsettlementid, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".split_settlement_id must be string", value=data__splitsettlementid, name="" + (name_prefix or "data") + ".split_settlement_id", definition={'type': 'string', 'description': "Plural's id of this split settlement.", 'example': 'v1-250513063000-aa-UBAnaE-ss-g'}, rule='type')
        if "parent_order_split_settlement_id" in data_keys:
            data_keys.remove("parent_order_split_settlement_id")
            data__parentordersplitsettlementid = data["parent_order_split_settlement_id"]
            if not isinstance(data__parentordersplitsettlementid, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".parent_order_split_settlement_id must be string", value=data__parentordersplitsettlementid, name="" + (name_prefix or "data") + ".parent_order_split_settlement_id", definition={'type': 'string', 'description': 'For a refund, the split settlement of the parent order it draws on.', 'example': 'v1-250513063000-aa-UBAnaE-ss-g'}, rule='type')
        if "merchant_settlement_reference" in data_keys:
            data_keys.remove("merchant_settlement_reference")
            data__merchantsettlementreference = data["merchant_settlement_reference"]
            if not isinstance(data__merchantsettlementreference, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".merchant_settlement_reference must be string", value=data__merchantsettlementreference, name="" + (name_prefix or "data") + ".merchant_settlement_reference", definition={'type': 'string', 'description': "The merchant's reference of this split.", 'example': 'settle-ref-001'}, rule='type')
        if "amount" in data_keys:
            data_keys.remove("amount")
            data__amount = data["amount"]
            validate___components_schemas_amount(data__amount, custom_formats, (name_prefix or "data") + ".amount")
        if "on_hold" in data_keys:
            data_keys.remove("on_hold")
            data__onhold = data["on_hold"]
            if not isinstance(data__onhold, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".on_hold must be boolean", value=data__onhold, name="" + (name_prefix or "data") + ".on_hold", definition={'type': 'boolean', 'description': 'Whether the share is held until the merchant releases it.', 'example': True}, rule='type')
        if "status" in data_keys:
            data_keys.remove("status")
            data__status = data["status"]
            if not isinstance(data__status, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".status must be string", value=data__status, name="" + (name_prefix or "data") + ".status", definition={'type': 'string', 'description': "HOLD or RELEASED for an order's share; DO_NOT_RECOVER (or empty) for a refund's.", 'enum': ['RELEASED', 'HOLD', 'DO_NOT_RECOVER'], 'example': 'HOLD'}, rule='type')
            if not (isinstance(data__status, str) and data__status == 'RELEASED' or isinstance(data__status, str) and data__status == 'HOLD' or isinstance(data__status, str) and data__status == 'DO_NOT_RECOVER'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".status must be one of ['RELEASED', 'HOLD', 'DO_NOT_RECOVER']", value=data__status, name="" + (name_prefix or "data") + ".status", definition={'type': 'string', 'description': "HOLD or RELEASED for an order's share; DO_NOT_RECOVER (or empty) for a refund's.", 'enum': ['RELEASED', 'HOLD', 'DO_NOT_RECOVER'], 'example': 'HOLD'}, rule='enum')
        if "updated_at" in data_keys:
            data_keys.remove("updated_at")
            data__updatedat = data["updated_at"]
            if not isinstance(data__updatedat, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".updated_at must be string", value=data__updatedat, name="" + (name_prefix or "data") + ".updated_at", definition={'type': 'string', 'format': 'date-time', 'description': 'When the split last changed.', 'example': '2024-07-19T11:13:21.523Z'}, rule='type')
            if isinstance(data__updatedat, str):
                if not REGEX_PATTERNS["date-time_re_pattern"].match(data__updatedat):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".updated_at must be date-time", value=data__updatedat, name="" + (name_prefix or "data") + ".updated_at", definition={'type': 'string', 'format': 'date-time', 'description': 'When the split last changed.', 'example': '2024-07-19T11:13:21.523Z'}, rule='format')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': "One partner's share of a split-settlement order or refund, as Plural reports it.", 'properties': {'split_merchant_id': {'type': 'string', 'description': "Plural's id of the partner merchant.", 'example': '110047'}, 'split_settlement_id': {'type': 'string', 'description': "Plural's id of this split settlement.", 'example': 'v1-250513063000-aa-UBAnaE-ss-g'}, 'parent_order_split_settlement_id': {'type': 'string', 'description': 'For a refund, the split settlement of the parent order it draws on.', 'example': 'v1-250513063000-aa-UBAnaE-ss-g'}, 'merchant_settlement_reference': {'type': 'string', 'description': "The merchant's reference of this split.", 'example': 'settle-ref-001'}, 'amount': {'type': 'object', 'description': "An amount of money in the currency's smallest unit (paise for INR).", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 100, 'maximum': 100000000, 'description': 'Amount in paise, from 100 (1 rupee) to 100000000 (10 lakh rupees).', 'example': 1100}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code; Plural accepts INR.', 'example': 'INR'}}, 'additionalProperties': False}, 'on_hold': {'type': 'boolean', 'description': 'Whether the share is held until the merchant releases it.', 'example': True}, 'status': {'type': 'string', 'description': "HOLD or RELEASED for an order's share; DO_NOT_RECOVER (or empty) for a refund's.", 'enum': ['RELEASED', 'HOLD', 'DO_NOT_RECOVER'], 'example': 'HOLD'}, 'updated_at': {'type': 'string', 'format': 'date-time', 'description': 'When the split last changed.', 'example': '2024-07-19T11:13:21.523Z'}}, 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate___components_schemas_cartdetails(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': "The customer's cart, item by item.", 'properties': {'cart_items': {'type': 'array', 'description': 'The items of the cart.', 'items': {'type': 'object', 'description': "One line of the customer's cart. Shared by requests and responses, so unknown fields are accepted.", 'properties': {'item_id': {'type': 'string', 'maxLength': 100, 'description': "The merchant's id of the item.", 'example': 'SKU-1001'}, 'item_name': {'type': 'string', 'maxLength': 200, 'description': 'Name of the item.', 'example': 'Cotton kurta'}, 'item_description': {'type': 'string', 'maxLength': 500, 'description': 'Short description of the item.', 'example': 'Blue cotton kurta, size M'}, 'item_details_url': {'type': 'string', 'maxLength': 500, 'description': 'Page that describes the item.', 'example': 'https://shop.example.com/items/sku-1001'}, 'item_image_url': {'type': 'string', 'maxLength': 500, 'description': 'Image of the item (24x24 pixels recommended).', 'example': 'https://shop.example.com/img/sku-1001.png'}, 'item_original_unit_price': {'type': 'integer', 'minimum': 0, 'description': 'Unit price before any discount, in paise.', 'example': 60000}, 'item_discounted_unit_price': {'type': 'integer', 'minimum': 0, 'description': 'Unit price after discount, in paise.', 'example': 55000}, 'item_quantity': {'type': 'integer', 'minimum': 1, 'description': 'How many units were bought.', 'example': 2}, 'item_currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency of the prices.', 'example': 'INR'}}, 'additionalProperties': False}}}, 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "cart_items" in data_keys:
            data_keys.remove("cart_items")
            data__cartitems = data["cart_items"]
            if not isinstance(data__cartitems, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".cart_items must be array", value=data__cartitems, name="" + (name_prefix or "data") + ".cart_items", definition={'type': 'array', 'description': 'The items of the cart.', 'items': {'type': 'object', 'description': "One line of the customer's cart. Shared by requests and responses, so unknown fields are accepted.", 'properties': {'item_id': {'type': 'string', 'maxLength': 100, 'description': "The merchant's id of the item.", 'example': 'SKU-1001'}, 'item_name': {'type': 'string', 'maxLength': 200, 'description': 'Name of the item.', 'example': 'Cotton kurta'}, 'item_description': {'type': 'string', 'maxLength': 500, 'description': 'Short description of the item.', 'example': 'Blue cotton kurta, size M'}, 'item_details_url': {'type': 'string', 'maxLength': 500, 'description': 'Page that describes the item.', 'example': 'https://shop.example.com/items/sku-1001'}, 'item_image_url': {'type': 'string', 'maxLength': 500, 'description': 'Image of the item (24x24 pixels recommended).', 'example': 'https://shop.example.com/img/sku-1001.png'}, 'item_original_unit_price': {'type': 'integer', 'minimum': 0, 'description': 'Unit price before any discount, in paise.', 'example': 60000}, 'item_discounted_unit_price': {'type': 'integer', 'minimum': 0, 'description': 'Unit price after discount, in paise.', 'example': 55000}, 'item_quantity': {'type': 'integer', 'minimum': 1, 'description': 'How many units were bought.', 'example': 2}, 'item_currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency of the prices.', 'example': 'INR'}}, 'additionalProperties': False}}, rule='type')
            data__cartitems_is_list = isinstance(data__cartitems, (list, tuple))
            if data__cartitems_is_list:
                data__cartitems_len = len(data__cartitems)
                for data__cartitems_x, data__cartitems_item in enumerate(data__cartitems):
                    validate___components_schemas_cartitem(data__cartitems_item, custom_formats, (name_prefix or "data") + ".cart_items[{data__cartitems_x}]".format(**locals()))
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': "The customer's cart, item by item.", 'properties': {'cart_items': {'type': 'array', 'description': 'The items of the cart.', 'items': {'type': 'object', 'description': "One line of the customer's cart. Shared by requests and responses, so unknown fields are accepted.", 'properties': {'item_id': {'type': 'string', 'maxLength': 100, 'description': "The merchant's id of the item.", 'example': 'SKU-1001'}, 'item_name': {'type': 'string', 'maxLength': 200, 'description': 'Name of the item.', 'example': 'Cotton kurta'}, 'item_description': {'type': 'string', 'maxLength': 500, 'description': 'Short description of the item.', 'example': 'Blue cotton kurta, size M'}, 'item_details_url': {'type': 'string', 'maxLength': 500, 'description': 'Page that describes the item.', 'example': 'https://shop.example.com/items/sku-1001'}, 'item_image_url': {'type': 'string', 'maxLength': 500, 'description': 'Image of the item (24x24 pixels recommended).', 'example': 'https://shop.example.com/img/sku-1001.png'}, 'item_original_unit_price': {'type': 'integer', 'minimum': 0, 'description': 'Unit price before any discount, in paise.', 'example': 60000}, 'item_discounted_unit_price': {'type': 'integer', 'minimum': 0, 'description': 'Unit price after discount, in paise.', 'example': 55000}, 'item_quantity': {'type': 'integer', 'minimum': 1, 'description': 'How many units were bought.', 'example': 2}, 'item_currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency of the prices.', 'example': 'INR'}}, 'additionalProperties': False}}}, 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate___components_schemas_cartitem(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': "One line of the customer's cart. Shared by requests and responses, so unknown fields are accepted.", 'properties': {'item_id': {'type': 'string', 'maxLength': 100, 'description': "The merchant's id of the item.", 'example': 'SKU-1001'}, 'item_name': {'type': 'string', 'maxLength': 200, 'description': 'Name of the item.', 'example': 'Cotton kurta'}, 'item_description': {'type': 'string', 'maxLength': 500, 'description': 'Short description of the item.', 'example': 'Blue cotton kurta, size M'}, 'item_details_url': {'type': 'string', 'maxLength': 500, 'description': 'Page that describes the item.', 'example': 'https://shop.example.com/items/sku-1001'}, 'item_image_url': {'type': 'string', 'maxLength': 500, 'description': 'Image of the item (24x24 pixels recommended).', 'example': 'https://shop.example.com/img/sku-1001.png'}, 'item_original_unit_price': {'type': 'integer', 'minimum': 0, 'description': 'Unit price before any discount, in paise.', 'example': 60000}, 'item_discounted_unit_price': {'type': 'integer', 'minimum': 0, 'description': 'Unit price after discount, in paise.', 'example': 55000}, 'item_quantity': {'type': 'integer', 'minimum': 1, 'description': 'How many units were bought.', 'example': 2}, 'item_currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency of the prices.', 'example': 'INR'}}, 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "item_id" in data_keys:
            data_keys.remove("item_id")
            data__itemid = data["item_id"]
            if not isinstance(data__itemid, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".item_id must be string", value=data__itemid, name="" + (name_prefix or "data") + ".item_id", definition={'type': 'string', 'maxLength': 100, 'description': "The merchant's id of the item.", 'example': 'SKU-1001'}, rule='type')
            if isinstance(data__itemid, str):
                data__itemid_len = len(data__itemid)
                if data__itemid_len > 100:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".item_id must be shorter than or equal to 100 characters", value=data__itemid, name="" + (name_prefix or "data") + ".item_id", definition={'type': 'string', 'maxLength': 100, 'description': "The merchant's id of the item.", 'example': 'SKU-1001'}, rule='maxLength')
        if "item_name" in data_keys:
            data_keys.remove("item_name")
            data__itemname = data["item_name"]
            if not isinstance(data__itemname, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".item_name must be string", value=data__itemname, name="" + (name_prefix or "data") + ".item_name", definition={'type': 'string', 'maxLength': 200, 'description': 'Name of the item.', 'example': 'Cotton kurta'}, rule='type')
            if isinstance(data__itemname, str):
                data__itemname_len = len(data__itemname)
                if data__itemname_len > 200:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".item_name must be shorter than or equal to 200 characters", value=data__itemname, name="" + (name_prefix or "data") + ".item_name", definition={'type': 'string', 'maxLength': 200, 'description': 'Name of the item.', 'example': 'Cotton kurta'}, rule='maxLength')
        if "item_description" in data_keys:
            data_keys.remove("item_description")
            data__itemdescription = data["item_description"]
            if not isinstance(data__itemdescription, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".item_description must be string", value=data__itemdescription, name="" + (name_prefix or "data") + ".item_description", definition={'type': 'string', 'maxLength': 500, 'description': 'Short description of the item.', 'example': 'Blue cotton kurta, size M'}, rule='type')
            if isinstance(data__itemdescription, str):
                data__itemdescription_len = len(data__itemdescription)
                if data__itemdescription_len > 500:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".item_description must be shorter than or equal to 500 characters", value=data__itemdescription, name="" + (name_prefix or "data") + ".item_description", definition={'type': 'string', 'maxLength': 500, 'description': 'Short description of the item.', 'example': 'Blue cotton kurta, size M'}, rule='maxLength')
        if "item_details_url" in data_keys:
            data_keys.remove("item_details_url")
            data__itemdetailsurl = data["item_details_url"]
            if not isinstance(data__itemdetailsurl, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".item_details_url must be string", value=data__itemdetailsurl, name="" + (name_prefix or "data") + ".item_details_url", definition={'type': 'string', 'maxLength': 500, 'description': 'Page that describes the item.', 'example': 'https://shop.example.com/items/sku-1001'}, rule='type')
            if isinstance(data__itemdetailsurl, str):
                data__itemdetailsurl_len = len(data__itemdetailsurl)
                if data__itemdetailsurl_len > 500:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".item_details_url must be shorter than or equal to 500 characters", value=data__itemdetailsurl, name="" + (name_prefix or "data") + ".item_details_url", definition={'type': 'string', 'maxLength': 500, 'description': 'Page that describes the item.', 'example': 'https://shop.example.com/items/sku-1001'}, rule='maxLength')
        if "item_image_url" in data_keys:
            data_keys.remove("item_image_url")
            data__itemimageurl = data["item_image_url"]
            if not isinstance(data__itemimageurl, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".item_image_url must be string", value=data__itemimageurl, name="" + (name_prefix or "data") + ".item_image_url", definition={'type': 'string', 'maxLength': 500, 'description': 'Image of the item (24x24 pixels recommended).', 'example': 'https://shop.example.com/img/sku-1001.png'}, rule='type')
            if isinstance(data__itemimageurl, str):
                data__itemimageurl_len = len(data__itemimageurl)
                if data__itemimageurl_len > 500:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".item_image_url must be shorter than or equal to 500 characters", value=data__itemimageurl, name="" + (name_prefix or "data") + ".item_image_url", definition={'type': 'string', 'maxLength': 500, 'description': 'Image of the item (24x24 pixels recommended).', 'example': 'https://shop.example.com/img/sku-1001.png'}, rule='maxLength')
        if "item_original_unit_price" in data_keys:
            data_keys.remove("item_original_unit_price")
            data__itemoriginalunitprice = data["item_original_unit_price"]
            if not isinstance(data__itemoriginalunitprice, (int)) or isinstance(data__itemoriginalunitprice, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".item_original_unit_price must be integer", value=data__itemoriginalunitprice, name="" + (name_prefix or "data") + ".item_original_unit_price", definition={'type': 'integer', 'minimum': 0, 'description': 'Unit price before any discount, in paise.', 'example': 60000}, rule='type')
            if isinstance(data__itemoriginalunitprice, (int, float, Decimal)) and not isinstance(data__itemoriginalunitprice, bool):
                if data__itemoriginalunitprice < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".item_original_unit_price must be bigger than or equal to 0", value=data__itemoriginalunitprice, name="" + (name_prefix or "data") + ".item_original_unit_price", definition={'type': 'integer', 'minimum': 0, 'description': 'Unit price before any discount, in paise.', 'example': 60000}, rule='minimum')
        if "item_discounted_unit_price" in data_keys:
            data_keys.remove("item_discounted_unit_price")
            data__itemdiscountedunitprice = data["item_discounted_unit_price"]
            if not isinstance(data__itemdiscountedunitprice, (int)) or isinstance(data__itemdiscountedunitprice, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".item_discounted_unit_price must be integer", value=data__itemdiscountedunitprice, name="" + (name_prefix or "data") + ".item_discounted_unit_price", definition={'type': 'integer', 'minimum': 0, 'description': 'Unit price after discount, in paise.', 'example': 55000}, rule='type')
            if isinstance(data__itemdiscountedunitprice, (int, float, Decimal)) and not isinstance(data__itemdiscountedunitprice, bool):
                if data__itemdiscountedunitprice < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".item_discounted_unit_price must be bigger than or equal to 0", value=data__itemdiscountedunitprice, name="" + (name_prefix or "data") + ".item_discounted_unit_price", definition={'type': 'integer', 'minimum': 0, 'description': 'Unit price after discount, in paise.', 'example': 55000}, rule='minimum')
        if "item_quantity" in data_keys:
            data_keys.remove("item_quantity")
            data__itemquantity = data["item_quantity"]
            if not isinstance(data__itemquantity, (int)) or isinstance(data__itemquantity, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".item_quantity must be integer", value=data__itemquantity, name="" + (name_prefix or "data") + ".item_quantity", definition={'type': 'integer', 'minimum': 1, 'description': 'How many units were bought.', 'example': 2}, rule='type')
            if isinstance(data__itemquantity, (int, float, Decimal)) and not isinstance(data__itemquantity, bool):
                if data__itemquantity < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".item_quantity must be bigger than or equal to 1", value=data__itemquantity, name="" + (name_prefix or "data") + ".item_quantity", definition={'type': 'integer', 'minimum': 1, 'description': 'How many units were bought.', 'example': 2}, rule='minimum')
        if "item_currency" in data_keys:
            data_keys.remove("item_currency")
            data__itemcurrency = data["item_currency"]
            if not isinstance(data__itemcurrency, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".item_currency must be string", value=data__itemcurrency, name="" + (name_prefix or "data") + ".item_currency", definition={'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency of the prices.', 'example': 'INR'}, rule='type')
            if isinstance(data__itemcurrency, str):
                if not REGEX_PATTERNS['^[A-Z]{3}$'].search(data__itemcurrency):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".item_currency must match pattern ^[A-Z]{3}$", value=data__itemcurrency, name="" + (name_prefix or "data") + ".item_currency", definition={'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency of the prices.', 'example': 'INR'}, rule='pattern')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': "One line of the customer's cart. Shared by requests and responses, so unknown fields are accepted.", 'properties': {'item_id': {'type': 'string', 'maxLength': 100, 'description': "The merchant's id of the item.", 'example': 'SKU-1001'}, 'item_name': {'type': 'string', 'maxLength': 200, 'description': 'Name of the item.', 'example': 'Cotton kurta'}, 'item_description': {'type': 'string', 'maxLength': 500, 'description': 'Short description of the item.', 'example': 'Blue cotton kurta, size M'}, 'item_details_url': {'type': 'string', 'maxLength': 500, 'description': 'Page that describes the item.', 'example': 'https://shop.example.com/items/sku-1001'}, 'item_image_url': {'type': 'string', 'maxLength': 500, 'description': 'Image of the item (24x24 pixels recommended).', 'example': 'https://shop.example.com/img/sku-1001.png'}, 'item_original_unit_price': {'type': 'integer', 'minimum': 0, 'description': 'Unit price before any discount, in paise.', 'example': 60000}, 'item_discounted_unit_price': {'type': 'integer', 'minimum': 0, 'description': 'Unit price after discount, in paise.', 'example': 55000}, 'item_quantity': {'type': 'integer', 'minimum': 1, 'description': 'How many units were bought.', 'example': 2}, 'item_currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency of the prices.', 'example': 'INR'}}, 'additionalProperties': False}, rule='additionalProperties')
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

def validate___components_schemas_customer(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'The paying customer. Shared by requests and responses, so unknown fields are accepted.', 'properties': {'email_id': {'type': 'string', 'maxLength': 50, 'description': 'Email address.', 'example': 'kevin.bob@example.com'}, 'first_name': {'type': 'string', 'maxLength': 50, 'description': 'First name.', 'example': 'Kevin'}, 'last_name': {'type': 'string', 'maxLength': 50, 'description': 'Last name.', 'example': 'Bob'}, 'customer_id': {'type': 'string', 'maxLength': 19, 'description': "The merchant's customer id.", 'example': '123456'}, 'mobile_number': {'type': 'string', 'pattern': '^[0-9]{9,20}$', 'description': 'Mobile number, 9 to 20 digits, without the country code.', 'example': '9876543210'}, 'country_code': {'type': 'string', 'pattern': '^[0-9]{1,4}$', 'description': "Calling code of the mobile number's country, digits only; Plural assumes 91 when absent.", 'example': '91'}, 'billing_address': {'type': 'object', 'description': 'A billing or shipping address. Shared by requests and responses, so unknown fields are accepted.', 'properties': {'address1': {'type': 'string', 'maxLength': 100, 'description': 'First address line.', 'example': 'H.No 15, Sector 17'}, 'address2': {'type': 'string', 'maxLength': 100, 'description': 'Second address line.', 'example': 'Near Rose Garden'}, 'address3': {'type': 'string', 'maxLength': 100, 'description': 'Third address line.', 'example': 'Madhya Marg'}, 'pincode': {'type': 'string', 'minLength': 3, 'maxLength': 11, 'description': 'Postal code.', 'example': '160017'}, 'city': {'type': 'string', 'maxLength': 50, 'description': 'City.', 'example': 'CHANDIGARH'}, 'state': {'type': 'string', 'maxLength': 50, 'description': 'State.', 'example': 'PUNJAB'}, 'country': {'type': 'string', 'maxLength': 50, 'description': 'Country.', 'example': 'INDIA'}, 'full_name': {'type': 'string', 'maxLength': 100, 'description': 'Name of the person at this address.', 'example': 'Kevin Bob'}, 'adddress_type': {'type': 'string', 'maxLength': 50, 'description': "Kind of address (Home, Office), under the key as Plural spells it (three d's).", 'example': 'Home'}, 'address_category': {'type': 'string', 'description': 'Whether this is the billing or the shipping address.', 'enum': ['billing', 'shipping'], 'example': 'billing'}}, 'additionalProperties': False}, 'shipping_address': {'type': 'object', 'description': 'A billing or shipping address. Shared by requests and responses, so unknown fields are accepted.', 'properties': {'address1': {'type': 'string', 'maxLength': 100, 'description': 'First address line.', 'example': 'H.No 15, Sector 17'}, 'address2': {'type': 'string', 'maxLength': 100, 'description': 'Second address line.', 'example': 'Near Rose Garden'}, 'address3': {'type': 'string', 'maxLength': 100, 'description': 'Third address line.', 'example': 'Madhya Marg'}, 'pincode': {'type': 'string', 'minLength': 3, 'maxLength': 11, 'description': 'Postal code.', 'example': '160017'}, 'city': {'type': 'string', 'maxLength': 50, 'description': 'City.', 'example': 'CHANDIGARH'}, 'state': {'type': 'string', 'maxLength': 50, 'description': 'State.', 'example': 'PUNJAB'}, 'country': {'type': 'string', 'maxLength': 50, 'description': 'Country.', 'example': 'INDIA'}, 'full_name': {'type': 'string', 'maxLength': 100, 'description': 'Name of the person at this address.', 'example': 'Kevin Bob'}, 'adddress_type': {'type': 'string', 'maxLength': 50, 'description': "Kind of address (Home, Office), under the key as Plural spells it (three d's).", 'example': 'Home'}, 'address_category': {'type': 'string', 'description': 'Whether this is the billing or the shipping address.', 'enum': ['billing', 'shipping'], 'example': 'billing'}}, 'additionalProperties': False}, 'is_edit_customer_details_allowed': {'type': 'boolean', 'description': 'Whether the customer may edit these details at checkout.', 'example': False}}, 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "email_id" in data_keys:
            data_keys.remove("email_id")
            data__emailid = data["email_id"]
            if not isinstance(data__emailid, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".email_id must be string", value=data__emailid, name="" + (name_prefix or "data") + ".email_id", definition={'type': 'string', 'maxLength': 50, 'description': 'Email address.', 'example': 'kevin.bob@example.com'}, rule='type')
            if isinstance(data__emailid, str):
                data__emailid_len = len(data__emailid)
                if data__emailid_len > 50:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".email_id must be shorter than or equal to 50 characters", value=data__emailid, name="" + (name_prefix or "data") + ".email_id", definition={'type': 'string', 'maxLength': 50, 'description': 'Email address.', 'example': 'kevin.bob@example.com'}, rule='maxLength')
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
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".customer_id must be string", value=data__customerid, name="" + (name_prefix or "data") + ".customer_id", definition={'type': 'string', 'maxLength': 19, 'description': "The merchant's customer id.", 'example': '123456'}, rule='type')
            if isinstance(data__customerid, str):
                data__customerid_len = len(data__customerid)
                if data__customerid_len > 19:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".customer_id must be shorter than or equal to 19 characters", value=data__customerid, name="" + (name_prefix or "data") + ".customer_id", definition={'type': 'string', 'maxLength': 19, 'description': "The merchant's customer id.", 'example': '123456'}, rule='maxLength')
        if "mobile_number" in data_keys:
            data_keys.remove("mobile_number")
            data__mobilenumber = data["mobile_number"]
            if not isinstance(data__mobilenumber, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mobile_number must be string", value=data__mobilenumber, name="" + (name_prefix or "data") + ".mobile_number", definition={'type': 'string', 'pattern': '^[0-9]{9,20}$', 'description': 'Mobile number, 9 to 20 digits, without the country code.', 'example': '9876543210'}, rule='type')
            if isinstance(data__mobilenumber, str):
                if not REGEX_PATTERNS['^[0-9]{9,20}$'].search(data__mobilenumber):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".mobile_number must match pattern ^[0-9]{9,20}$", value=data__mobilenumber, name="" + (name_prefix or "data") + ".mobile_number", definition={'type': 'string', 'pattern': '^[0-9]{9,20}$', 'description': 'Mobile number, 9 to 20 digits, without the country code.', 'example': '9876543210'}, rule='pattern')
        if "country_code" in data_keys:
            data_keys.remove("country_code")
            data__countrycode = data["country_code"]
            if not isinstance(data__countrycode, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".country_code must be string", value=data__countrycode, name="" + (name_prefix or "data") + ".country_code", definition={'type': 'string', 'pattern': '^[0-9]{1,4}$', 'description': "Calling code of the mobile number's country, digits only; Plural assumes 91 when absent.", 'example': '91'}, rule='type')
            if isinstance(data__countrycode, str):
                if not REGEX_PATTERNS['^[0-9]{1,4}$'].search(data__countrycode):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".country_code must match pattern ^[0-9]{1,4}$", value=data__countrycode, name="" + (name_prefix or "data") + ".country_code", definition={'type': 'string', 'pattern': '^[0-9]{1,4}$', 'description': "Calling code of the mobile number's country, digits only; Plural assumes 91 when absent.", 'example': '91'}, rule='pattern')
        if "billing_address" in data_keys:
            data_keys.remove("billing_address")
            data__billingaddress = data["billing_address"]
            validate___components_schemas_address(data__billingaddress, custom_formats, (name_prefix or "data") + ".billing_address")
        if "shipping_address" in data_keys:
            data_keys.remove("shipping_address")
            data__shippingaddress = data["shipping_address"]
            validate___components_schemas_address(data__shippingaddress, custom_formats, (name_prefix or "data") + ".shipping_address")
        if "is_edit_customer_details_allowed" in data_keys:
            data_keys.remove("is_edit_customer_details_allowed")
            data__iseditcustomerdetailsallowed = data["is_edit_customer_details_allowed"]
            if not isinstance(data__iseditcustomerdetailsallowed, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".is_edit_customer_details_allowed must be boolean", value=data__iseditcustomerdetailsallowed, name="" + (name_prefix or "data") + ".is_edit_customer_details_allowed", definition={'type': 'boolean', 'description': 'Whether the customer may edit these details at checkout.', 'example': False}, rule='type')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'The paying customer. Shared by requests and responses, so unknown fields are accepted.', 'properties': {'email_id': {'type': 'string', 'maxLength': 50, 'description': 'Email address.', 'example': 'kevin.bob@example.com'}, 'first_name': {'type': 'string', 'maxLength': 50, 'description': 'First name.', 'example': 'Kevin'}, 'last_name': {'type': 'string', 'maxLength': 50, 'description': 'Last name.', 'example': 'Bob'}, 'customer_id': {'type': 'string', 'maxLength': 19, 'description': "The merchant's customer id.", 'example': '123456'}, 'mobile_number': {'type': 'string', 'pattern': '^[0-9]{9,20}$', 'description': 'Mobile number, 9 to 20 digits, without the country code.', 'example': '9876543210'}, 'country_code': {'type': 'string', 'pattern': '^[0-9]{1,4}$', 'description': "Calling code of the mobile number's country, digits only; Plural assumes 91 when absent.", 'example': '91'}, 'billing_address': {'type': 'object', 'description': 'A billing or shipping address. Shared by requests and responses, so unknown fields are accepted.', 'properties': {'address1': {'type': 'string', 'maxLength': 100, 'description': 'First address line.', 'example': 'H.No 15, Sector 17'}, 'address2': {'type': 'string', 'maxLength': 100, 'description': 'Second address line.', 'example': 'Near Rose Garden'}, 'address3': {'type': 'string', 'maxLength': 100, 'description': 'Third address line.', 'example': 'Madhya Marg'}, 'pincode': {'type': 'string', 'minLength': 3, 'maxLength': 11, 'description': 'Postal code.', 'example': '160017'}, 'city': {'type': 'string', 'maxLength': 50, 'description': 'City.', 'example': 'CHANDIGARH'}, 'state': {'type': 'string', 'maxLength': 50, 'description': 'State.', 'example': 'PUNJAB'}, 'country': {'type': 'string', 'maxLength': 50, 'description': 'Country.', 'example': 'INDIA'}, 'full_name': {'type': 'string', 'maxLength': 100, 'description': 'Name of the person at this address.', 'example': 'Kevin Bob'}, 'adddress_type': {'type': 'string', 'maxLength': 50, 'description': "Kind of address (Home, Office), under the key as Plural spells it (three d's).", 'example': 'Home'}, 'address_category': {'type': 'string', 'description': 'Whether this is the billing or the shipping address.', 'enum': ['billing', 'shipping'], 'example': 'billing'}}, 'additionalProperties': False}, 'shipping_address': {'type': 'object', 'description': 'A billing or shipping address. Shared by requests and responses, so unknown fields are accepted.', 'properties': {'address1': {'type': 'string', 'maxLength': 100, 'description': 'First address line.', 'example': 'H.No 15, Sector 17'}, 'address2': {'type': 'string', 'maxLength': 100, 'description': 'Second address line.', 'example': 'Near Rose Garden'}, 'address3': {'type': 'string', 'maxLength': 100, 'description': 'Third address line.', 'example': 'Madhya Marg'}, 'pincode': {'type': 'string', 'minLength': 3, 'maxLength': 11, 'description': 'Postal code.', 'example': '160017'}, 'city': {'type': 'string', 'maxLength': 50, 'description': 'City.', 'example': 'CHANDIGARH'}, 'state': {'type': 'string', 'maxLength': 50, 'description': 'State.', 'example': 'PUNJAB'}, 'country': {'type': 'string', 'maxLength': 50, 'description': 'Country.', 'example': 'INDIA'}, 'full_name': {'type': 'string', 'maxLength': 100, 'description': 'Name of the person at this address.', 'example': 'Kevin Bob'}, 'adddress_type': {'type': 'string', 'maxLength': 50, 'description': "Kind of address (Home, Office), under the key as Plural spells it (three d's).", 'example': 'Home'}, 'address_category': {'type': 'string', 'description': 'Whether this is the billing or the shipping address.', 'enum': ['billing', 'shipping'], 'example': 'billing'}}, 'additionalProperties': False}, 'is_edit_customer_details_allowed': {'type': 'boolean', 'description': 'Whether the customer may edit these details at checkout.', 'example': False}}, 'additionalProperties': False}, rule='additionalProperties')
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
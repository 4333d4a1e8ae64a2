# Written by `make generate` (scripts/compile_rules.py) from the spec: do not edit.
VERSION = "2.22.3"
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


REGEX_PATTERNS = {
    '^[A-Z]{3}$': re.compile('^[A-Z]{3}\\Z'),
    '^[0-9]{9,20}$': re.compile('^[0-9]{9,20}\\Z'),
    '^[0-9]{1,4}$': re.compile('^[0-9]{1,4}\\Z'),
    '^[A-Za-z0-9_-]+$': re.compile('^[A-Za-z0-9_-]+\\Z')
}

NoneType = type(None)

def validate(data, custom_formats={}, name_prefix=None):
    validate___components_x_plural_request(data, custom_formats, (name_prefix or "data") + "")
    return data

def validate___components_x_plural_request(data, custom_formats={}, name_prefix=None):
    validate___components_schemas_generatecheckoutlinkrequest(data, custom_formats, (name_prefix or "data") + "")
    return data

def validate___components_schemas_generatecheckoutlinkrequest(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'An order to be paid on the hosted checkout.', 'required': ['merchant_order_reference', 'order_amount'], 'additionalProperties': False, 'properties': {'merchant_order_reference': {'type': 'string', 'description': "A merchant's own reference, 1 to 50 of letters, digits, `_` and `-`. Plural's idempotency key for the resource it names.", 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9_-]+$', 'example': 'f4548bbf-a029-43d3-9209-e3385c80b1e9'}, 'order_amount': {'type': 'object', 'description': "An amount of money in the currency's smallest unit (paise for INR).", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 100, 'maximum': 100000000, 'description': 'Amount in paise, from 100 (1 rupee) to 100000000 (10 lakh rupees).', 'example': 1100}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code; Plural accepts INR.', 'example': 'INR'}}, 'additionalProperties': False}, 'integration_mode': {'type': 'string', 'description': "How the hosted checkout is shown; REDIRECT (the default) sends the customer to Plural's page.", 'enum': ['REDIRECT', 'IFRAME', 'SDK']}, 'pre_auth': {'type': 'boolean', 'description': 'True to authorize only; the order is then captured or cancelled later.', 'example': False}, 'allowed_payment_methods': {'type': 'array', 'description': 'The payment methods the customer may use; each must be enabled for the merchant.', 'items': {'type': 'string', 'description': 'A payment method an order allows or a payment uses.', 'enum': ['CARD', 'UPI', 'NETBANKING', 'WALLET', 'CREDIT_EMI', 'DEBIT_EMI', 'CARDLESS_EMI', 'POINTS', 'BNPL'], 'example': 'CARD'}}, 'notes': {'type': 'string', 'maxLength': 500, 'description': 'Free text notes shown against the order.', 'example': 'Order for 2 T-shirts'}, 'callback_url': {'type': 'string', 'maxLength': 500, 'description': "Where the customer's browser is sent after the payment.", 'example': 'https://shop.example.com/payment/return'}, 'purchase_details': {'type': 'object', 'description': 'Who pays and what is bought, shown on the hosted checkout.', 'additionalProperties': False, 'properties': {'customer': {'$ref': '#/components/schemas/Customer'}, 'product': {'type': 'array', 'description': 'The products bought; required by Plural for an EMI order.', 'items': {'$ref': '#/components/schemas/CheckoutProduct'}}}}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['merchant_order_reference', 'order_amount']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'An order to be paid on the hosted checkout.', 'required': ['merchant_order_reference', 'order_amount'], 'additionalProperties': False, 'properties': {'merchant_order_reference': {'type': 'string', 'description': "A merchant's own reference, 1 to 50 of letters, digits, `_` and `-`. Plural's idempotency key for the resource it names.", 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9_-]+$', 'example': 'f4548bbf-a029-43d3-9209-e3385c80b1e9'}, 'order_amount': {'type': 'object', 'description': "An amount of money in the currency's smallest unit (paise for INR).", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 100, 'maximum': 100000000, 'description': 'Amount in paise, from 100 (1 rupee) to 100000000 (10 lakh rupees).', 'example': 1100}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code; Plural accepts INR.', 'example': 'INR'}}, 'additionalProperties': False}, 'integration_mode': {'type': 'string', 'description': "How the hosted checkout is shown; REDIRECT (the default) sends the customer to Plural's page.", 'enum': ['REDIRECT', 'IFRAME', 'SDK']}, 'pre_auth': {'type': 'boolean', 'description': 'True to authorize only; the order is then captured or cancelled later.', 'example': False}, 'allowed_payment_methods': {'type': 'array', 'description': 'The payment methods the customer may use; each must be enabled for the merchant.', 'items': {'type': 'string', 'description': 'A payment method an order allows or a payment uses.', 'enum': ['CARD', 'UPI', 'NETBANKING', 'WALLET', 'CREDIT_EMI', 'DEBIT_EMI', 'CARDLESS_EMI', 'POINTS', 'BNPL'], 'example': 'CARD'}}, 'notes': {'type': 'string', 'maxLength': 500, 'description': 'Free text notes shown against the order.', 'example': 'Order for 2 T-shirts'}, 'callback_url': {'type': 'string', 'maxLength': 500, 'description': "Where the customer's browser is sent after the payment.", 'example': 'https://shop.example.com/payment/return'}, 'purchase_details': {'type': 'object', 'description': 'Who pays and what is bought, shown on the hosted checkout.', 'additionalProperties': False, 'properties': {'customer': {'$ref': '#/components/schemas/Customer'}, 'product': {'type': 'array', 'description': 'The products bought; required by Plural for an EMI order.', 'items': {'$ref': '#/components/schemas/CheckoutProduct'}}}}}}, rule='required')
        data_keys = set(data.keys())
        if "merchant_order_reference" in data_keys:
            data_keys.remove("merchant_order_reference")
            data__merchantorderreference = data["merchant_order_reference"]
            validate___components_schemas_merchantreference(data__merchantorderreference, custom_formats, (name_prefix or "data") + ".merchant_order_reference")
        if "order_amount" in data_keys:
            data_keys.remove("order_amount")
            data__orderamount = data["order_amount"]
            validate___components_schemas_amount(data__orderamount, custom_formats, (name_prefix or "data") + ".order_amount")
        if "integration_mode" in data_keys:
            data_keys.remove("integration_mode")
            data__integrationmode = data["integration_mode"]
            validate___components_schemas_checkoutintegrationmode(data__integrationmode, custom_formats, (name_prefix or "data") + ".integration_mode")
        if "pre_auth" in data_keys:
            data_keys.remove("pre_auth")
            data__preauth = data["pre_auth"]
            if not isinstance(data__preauth, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".pre_auth must be boolean", value=data__preauth, name="" + (name_prefix or "data") + ".pre_auth", definition={'type': 'boolean', 'description': 'True to authorize only; the order is then captured or cancelled later.', 'example': False}, rule='type')
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
        if "notes" in data_keys:
            data_keys.remove("notes")
            data__notes = data["notes"]
            if not isinstance(data__notes, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".notes must be string", value=data__notes, name="" + (name_prefix or "data") + ".notes", definition={'type': 'string', 'maxLength': 500, 'description': 'Free text notes shown against the order.', 'example': 'Order for 2 T-shirts'}, rule='type')
            if isinstance(data__notes, str):
                data__notes_len = len(data__notes)
                if data__notes_len > 500:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".notes must be shorter than or equal to 500 characters", value=data__notes, name="" + (name_prefix or "data") + ".notes", definition={'type': 'string', 'maxLength': 500, 'description': 'Free text notes shown against the order.', 'example': 'Order for 2 T-shirts'}, rule='maxLength')
        if "callback_url" in data_keys:
            data_keys.remove("callback_url")
            data__callbackurl = data["callback_url"]
            if not isinstance(data__callbackurl, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".callback_url must be string", value=data__callbackurl, name="" + (name_prefix or "data") + ".callback_url", definition={'type': 'string', 'maxLength': 500, 'description': "Where the customer's browser is sent after the payment.", 'example': 'https://shop.example.com/payment/return'}, rule='type')
            if isinstance(data__callbackurl, str):
                data__callbackurl_len = len(data__callbackurl)
                if data__callbackurl_len > 500:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".callback_url must be shorter than or equal to 500 characters", value=data__callbackurl, name="" + (name_prefix or "data") + ".callback_url", definition={'type': 'string', 'maxLength': 500, 'description': "Where the customer's browser is sent after the payment.", 'example': 'https://shop.example.com/payment/return'}, rule='maxLength')
        if "purchase_details" in data_keys:
            data_keys.remove("purchase_details")
            data__purchasedetails = data["purchase_details"]
            validate___components_schemas_checkoutpurchasedetails(data__purchasedetails, custom_formats, (name_prefix or "data") + ".purchase_details")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'An order to be paid on the hosted checkout.', 'required': ['merchant_order_reference', 'order_amount'], 'additionalProperties': False, 'properties': {'merchant_order_reference': {'type': 'string', 'description': "A merchant's own reference, 1 to 50 of letters, digits, `_` and `-`. Plural's idempotency key for the resource it names.", 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9_-]+$', 'example': 'f4548bbf-a029-43d3-9209-e3385c80b1e9'}, 'order_amount': {'type': 'object', 'description': "An amount of money in the currency's smallest unit (paise for INR).", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 100, 'maximum': 100000000, 'description': 'Amount in paise, from 100 (1 rupee) to 100000000 (10 lakh rupees).', 'example': 1100}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code; Plural accepts INR.', 'example': 'INR'}}, 'additionalProperties': False}, 'integration_mode': {'type': 'string', 'description': "How the hosted checkout is shown; REDIRECT (the default) sends the customer to Plural's page.", 'enum': ['REDIRECT', 'IFRAME', 'SDK']}, 'pre_auth': {'type': 'boolean', 'description': 'True to authorize only; the order is then captured or cancelled later.', 'example': False}, 'allowed_payment_methods': {'type': 'array', 'description': 'The payment methods the customer may use; each must be enabled for the merchant.', 'items': {'type': 'string', 'description': 'A payment method an order allows or a payment uses.', 'enum': ['CARD', 'UPI', 'NETBANKING', 'WALLET', 'CREDIT_EMI', 'DEBIT_EMI', 'CARDLESS_EMI', 'POINTS', 'BNPL'], 'example': 'CARD'}}, 'notes': {'type': 'string', 'maxLength': 500, 'description': 'Free text notes shown against the order.', 'example': 'Order for 2 T-shirts'}, 'callback_url': {'type': 'string', 'maxLength': 500, 'description': "Where the customer's browser is sent after the payment.", 'example': 'https://shop.example.com/payment/return'}, 'purchase_details': {'type': 'object', 'description': 'Who pays and what is bought, shown on the hosted checkout.', 'additionalProperties': False, 'properties': {'customer': {'$ref': '#/components/schemas/Customer'}, 'product': {'type': 'array', 'description': 'The products bought; required by Plural for an EMI order.', 'items': {'$ref': '#/components/schemas/CheckoutProduct'}}}}}}, rule='additionalProperties')
    return data

def validate___components_schemas_checkoutpurchasedetails(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'Who pays and what is bought, shown on the hosted checkout.', 'additionalProperties': False, 'properties': {'customer': {'type': 'object', 'description': 'The paying customer. Shared by requests and responses, so unknown fields are accepted.', 'properties': {'email_id': {'type': 'string', 'maxLength': 50, 'description': 'Email address.', 'example': 'kevin.bob@example.com'}, 'first_name': {'type': 'string', 'maxLength': 50, 'description': 'First name.', 'example': 'Kevin'}, 'last_name': {'type': 'string', 'maxLength': 50, 'description': 'Last name.', 'example': 'Bob'}, 'customer_id': {'type': 'string', 'maxLength': 19, 'description': "The merchant's customer id.", 'example': '123456'}, 'mobile_number': {'type': 'string', 'pattern': '^[0-9]{9,20}$', 'description': 'Mobile number, 9 to 20 digits, without the country code.', 'example': '9876543210'}, 'country_code': {'type': 'string', 'pattern': '^[0-9]{1,4}$', 'description': "Calling code of the mobile number's country, digits only; Plural assumes 91 when absent.", 'example': '91'}, 'billing_address': {'$ref': '#/components/schemas/Address'}, 'shipping_address': {'$ref': '#/components/schemas/Address'}, 'is_edit_customer_details_allowed': {'type': 'boolean', 'description': 'Whether the customer may edit these details at checkout.', 'example': False}}, 'additionalProperties': False}, 'product': {'type': 'array', 'description': 'The products bought; required by Plural for an EMI order.', 'items': {'type': 'object', 'description': 'A product of the cart (EMI orders need them).', 'additionalProperties': False, 'properties': {'product_code': {'type': 'string', 'minLength': 1, 'description': "The merchant's product code.", 'example': 'SKU-TSHIRT-M'}, 'product_amount': {'$ref': '#/components/schemas/Money'}}}}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "customer" in data_keys:
            data_keys.remove("customer")
            data__customer = data["customer"]
            validate___components_schemas_customer(data__customer, custom_formats, (name_prefix or "data") + ".customer")
        if "product" in data_keys:
            data_keys.remove("product")
            data__product = data["product"]
            if not isinstance(data__product, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".product must be array", value=data__product, name="" + (name_prefix or "data") + ".product", definition={'type': 'array', 'description': 'The products bought; required by Plural for an EMI order.', 'items': {'type': 'object', 'description': 'A product of the cart (EMI orders need them).', 'additionalProperties': False, 'properties': {'product_code': {'type': 'string', 'minLength': 1, 'description': "The merchant's product code.", 'example': 'SKU-TSHIRT-M'}, 'product_amount': {'$ref': '#/components/schemas/Money'}}}}, rule='type')
            data__product_is_list = isinstance(data__product, (list, tuple))
            if data__product_is_list:
                data__product_len = len(data__product)
                for data__product_x, data__product_item in enumerate(data__product):
                    validate___components_schemas_checkoutproduct(data__product_item, custom_formats, (name_prefix or "data") + ".product[{data__product_x}]".format(**locals()))
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'Who pays and what is bought, shown on the hosted checkout.', 'additionalProperties': False, 'properties': {'customer': {'type': 'object', 'description': 'The paying customer. Shared by requests and responses, so unknown fields are accepted.', 'properties': {'email_id': {'type': 'string', 'maxLength': 50, 'description': 'Email address.', 'example': 'kevin.bob@example.com'}, 'first_name': {'type': 'string', 'maxLength': 50, 'description': 'First name.', 'example': 'Kevin'}, 'last_name': {'type': 'string', 'maxLength': 50, 'description': 'Last name.', 'example': 'Bob'}, 'customer_id': {'type': 'string', 'maxLength': 19, 'description': "The merchant's customer id.", 'example': '123456'}, 'mobile_number': {'type': 'string', 'pattern': '^[0-9]{9,20}$', 'description': 'Mobile number, 9 to 20 digits, without the country code.', 'example': '9876543210'}, 'country_code': {'type': 'string', 'pattern': '^[0-9]{1,4}$', 'description': "Calling code of the mobile number's country, digits only; Plural assumes 91 when absent.", 'example': '91'}, 'billing_address': {'$ref': '#/components/schemas/Address'}, 'shipping_address': {'$ref': '#/components/schemas/Address'}, 'is_edit_customer_details_allowed': {'type': 'boolean', 'description': 'Whether the customer may edit these details at checkout.', 'example': False}}, 'additionalProperties': False}, 'product': {'type': 'array', 'description': 'The products bought; required by Plural for an EMI order.', 'items': {'type': 'object', 'description': 'A product of the cart (EMI orders need them).', 'additionalProperties': False, 'properties': {'product_code': {'type': 'string', 'minLength': 1, 'description': "The merchant's product code.", 'example': 'SKU-TSHIRT-M'}, 'product_amount': {'$ref': '#/components/schemas/Money'}}}}}}, rule='additionalProperties')
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

def validate___components_schemas_checkoutintegrationmode(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'description': "How the hosted checkout is shown; REDIRECT (the default) sends the customer to Plural's page.", 'enum': ['REDIRECT', 'IFRAME', 'SDK']}, rule='type')
    if not (isinstance(data, str) and data == 'REDIRECT' or isinstance(data, str) and data == 'IFRAME' or isinstance(data, str) and data == 'SDK'):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be one of ['REDIRECT', 'IFRAME', 'SDK']", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'description': "How the hosted checkout is shown; REDIRECT (the default) sends the customer to Plural's page.", 'enum': ['REDIRECT', 'IFRAME', 'SDK']}, rule='enum')
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
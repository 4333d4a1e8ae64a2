# Written by `make generate` (scripts/compile_rules.py) from the spec: do not edit.
VERSION = "2.22.3"
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


REGEX_PATTERNS = {
    '^[0-9]{6,8}$': re.compile('^[0-9]{6,8}\\Z'),
    '^[A-Z]{3}$': re.compile('^[A-Z]{3}\\Z')
}

NoneType = type(None)

def validate(data, custom_formats={}, name_prefix=None):
    validate___components_x_plural_request(data, custom_formats, (name_prefix or "data") + "")
    return data

def validate___components_x_plural_request(data, custom_formats={}, name_prefix=None):
    validate___components_schemas_downpaymentdetailsrequest(data, custom_formats, (name_prefix or "data") + "")
    return data

def validate___components_schemas_downpaymentdetailsrequest(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'What to get the down payment range for.', 'required': ['order_amount'], 'additionalProperties': False, 'properties': {'order_amount': {'type': 'object', 'description': "An amount of money in the currency's smallest unit (paise for INR).", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 100, 'maximum': 100000000, 'description': 'Amount in paise, from 100 (1 rupee) to 100000000 (10 lakh rupees).', 'example': 1100}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code; Plural accepts INR.', 'example': 'INR'}}, 'additionalProperties': False}, 'product_details': {'type': 'array', 'description': "The cart's products; needed for brand EMI.", 'minItems': 1, 'items': {'type': 'object', 'description': 'A cart product for cardless or down payment offers.', 'additionalProperties': False, 'properties': {'product_code': {'type': 'string', 'minLength': 1, 'maxLength': 100, 'description': "The merchant's product code (SKU).", 'example': 'redmi_1'}, 'product_amount': {'$ref': '#/components/schemas/Money'}, 'product_name': {'type': 'string', 'maxLength': 200, 'description': "The product's name.", 'example': 'Redmi Note 13 5G'}, 'product_quantity': {'type': 'integer', 'minimum': 1, 'description': 'How many of the product.', 'example': 1}}}}, 'cart_coupon_discount_amount': {'type': 'object', 'description': "Any other sum of money (a discount, a fee, a balance, a breakdown line), in the\ncurrency's smallest unit; unlike `Amount` it may be below one rupee, or zero.\n", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 0, 'description': 'Amount in the smallest unit of the currency (paise for INR).', 'example': 500}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code.', 'example': 'INR'}}, 'additionalProperties': False}, 'issuer': {'type': 'object', 'description': 'The card whose issuer sets the down payment rules.', 'additionalProperties': False, 'properties': {'bin': {'type': 'string', 'pattern': '^[0-9]{6,8}$', 'description': 'First 6 to 8 digits of the card.', 'example': '411111'}}}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['order_amount']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'What to get the down payment range for.', 'required': ['order_amount'], 'additionalProperties': False, 'properties': {'order_amount': {'type': 'object', 'description': "An amount of money in the currency's smallest unit (paise for INR).", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 100, 'maximum': 100000000, 'description': 'Amount in paise, from 100 (1 rupee) to 100000000 (10 lakh rupees).', 'example': 1100}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code; Plural accepts INR.', 'example': 'INR'}}, 'additionalProperties': False}, 'product_details': {'type': 'array', 'description': "The cart's products; needed for brand EMI.", 'minItems': 1, 'items': {'type': 'object', 'description': 'A cart product for cardless or down payment offers.', 'additionalProperties': False, 'properties': {'product_code': {'type': 'string', 'minLength': 1, 'maxLength': 100, 'description': "The merchant's product code (SKU).", 'example': 'redmi_1'}, 'product_amount': {'$ref': '#/components/schemas/Money'}, 'product_name': {'type': 'string', 'maxLength': 200, 'description': "The product's name.", 'example': 'Redmi Note 13 5G'}, 'product_quantity': {'type': 'integer', 'minimum': 1, 'description': 'How many of the product.', 'example': 1}}}}, 'cart_coupon_discount_amount': {'type': 'object', 'description': "Any other sum of money (a discount, a fee, a balance, a breakdown line), in the\ncurrency's smallest unit; unlike `Amount` it may be below one rupee, or zero.\n", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 0, 'description': 'Amount in the smallest unit of the currency (paise for INR).', 'example': 500}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code.', 'example': 'INR'}}, 'additionalProperties': False}, 'issuer': {'type': 'object', 'description': 'The card whose issuer sets the down payment rules.', 'additionalProperties': False, 'properties': {'bin': {'type': 'string', 'pattern': '^[0-9]{6,8}$', 'description': 'First 6 to 8 digits of the card.', 'example': '411111'}}}}}, rule='required')
        data_keys = set(data.keys())
        if "order_amount" in data_keys:
            data_keys.remove("order_amount")
            data__orderamount = data["order_amount"]
            validate___components_schemas_amount(data__orderamount, custom_formats, (name_prefix or "data") + ".order_amount")
        if "product_details" in data_keys:
            data_keys.remove("product_details")
            data__productdetails = data["product_details"]
            if not isinstance(data__productdetails, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".product_details must be array", value=data__productdetails, name="" + (name_prefix or "data") + ".product_details", definition={'type': 'array', 'description': "The cart's products; needed for brand EMI.", 'minItems': 1, 'items': {'type': 'object', 'description': 'A cart product for cardless or down payment offers.', 'additionalProperties': False, 'properties': {'product_code': {'type': 'string', 'minLength': 1, 'maxLength': 100, 'description': "The merchant's product code (SKU).", 'example': 'redmi_1'}, 'product_amount': {'$ref': '#/components/schemas/Money'}, 'product_name': {'type': 'string', 'maxLength': 200, 'description': "The product's name.", 'example': 'Redmi Note 13 5G'}, 'product_quantity': {'type': 'integer', 'minimum': 1, 'description': 'How many of the product.', 'example': 1}}}}, rule='type')
            data__productdetails_is_list = isinstance(data__productdetails, (list, tuple))
            if data__productdetails_is_list:
                data__productdetails_len = len(data__productdetails)
                if data__productdetails_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".product_details must contain at least 1 items", value=data__productdetails, name="" + (name_prefix or "data") + ".product_details", definition={'type': 'array', 'description': "The cart's products; needed for brand EMI.", 'minItems': 1, 'items': {'type': 'object', 'description': 'A cart product for cardless or down payment offers.', 'additionalProperties': False, 'properties': {'product_code': {'type': 'string', 'minLength': 1, 'maxLength': 100, 'description': "The merchant's product code (SKU).", 'example': 'redmi_1'}, 'product_amount': {'$ref': '#/components/schemas/Money'}, 'product_name': {'type': 'string', 'maxLength': 200, 'description': "The product's name.", 'example': 'Redmi Note 13 5G'}, 'product_quantity': {'type': 'integer', 'minimum': 1, 'description': 'How many of the product.', 'example': 1}}}}, rule='minItems')
                for data__productdetails_x, data__productdetails_item in enumerate(data__productdetails):
                    validate___components_schemas_offerproduct(data__productdetails_item, custom_formats, (name_prefix or "data") + ".product_details[{data__productdetails_x}]".format(**locals()))
        if "cart_coupon_discount_amount" in data_keys:
            data_keys.remove("cart_coupon_discount_amount")
            data__cartcoupondiscountamount = data["cart_coupon_discount_amount"]
            validate___components_schemas_money(data__cartcoupondiscountamount, custom_formats, (name_prefix or "data") + ".cart_coupon_discount_amount")
        if "issuer" in data_keys:
            data_keys.remove("issuer")
            data__issuer = data["issuer"]
            validate___components_schemas_downpaymentissuer(data__issuer, custom_formats, (name_prefix or "data") + ".issuer")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'What to get the down payment range for.', 'required': ['order_amount'], 'additionalProperties': False, 'properties': {'order_amount': {'type': 'object', 'description': "An amount of money in the currency's smallest unit (paise for INR).", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 100, 'maximum': 100000000, 'description': 'Amount in paise, from 100 (1 rupee) to 100000000 (10 lakh rupees).', 'example': 1100}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code; Plural accepts INR.', 'example': 'INR'}}, 'additionalProperties': False}, 'product_details': {'type': 'array', 'description': "The cart's products; needed for brand EMI.", 'minItems': 1, 'items': {'type': 'object', 'description': 'A cart product for cardless or down payment offers.', 'additionalProperties': False, 'properties': {'product_code': {'type': 'string', 'minLength': 1, 'maxLength': 100, 'description': "The merchant's product code (SKU).", 'example': 'redmi_1'}, 'product_amount': {'$ref': '#/components/schemas/Money'}, 'product_name': {'type': 'string', 'maxLength': 200, 'description': "The product's name.", 'example': 'Redmi Note 13 5G'}, 'product_quantity': {'type': 'integer', 'minimum': 1, 'description': 'How many of the product.', 'example': 1}}}}, 'cart_coupon_discount_amount': {'type': 'object', 'description': "Any other sum of money (a discount, a fee, a balance, a breakdown line), in the\ncurrency's smallest unit; unlike `Amount` it may be below one rupee, or zero.\n", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 0, 'description': 'Amount in the smallest unit of the currency (paise for INR).', 'example': 500}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code.', 'example': 'INR'}}, 'additionalProperties': False}, 'issuer': {'type': 'object', 'description': 'The card whose issuer sets the down payment rules.', 'additionalProperties': False, 'properties': {'bin': {'type': 'string', 'pattern': '^[0-9]{6,8}$', 'description': 'First 6 to 8 digits of the card.', 'example': '411111'}}}}}, rule='additionalProperties')
    return data

def validate___components_schemas_downpaymentissuer(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'The card whose issuer sets the down payment rules.', 'additionalProperties': False, 'properties': {'bin': {'type': 'string', 'pattern': '^[0-9]{6,8}$', 'description': 'First 6 to 8 digits of the card.', 'example': '411111'}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "bin" in data_keys:
            data_keys.remove("bin")
            data__bin = data["bin"]
            if not isinstance(data__bin, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".bin must be string", value=data__bin, name="" + (name_prefix or "data") + ".bin", definition={'type': 'string', 'pattern': '^[0-9]{6,8}$', 'description': 'First 6 to 8 digits of the card.', 'example': '411111'}, rule='type')
            if isinstance(data__bin, str):
                if not REGEX_PATTERNS['^[0-9]{6,8}$'].search(data__bin):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".bin must match pattern ^[0-9]{6,8}$", value=data__bin, name="" + (name_prefix or "data") + ".bin", definition={'type': 'string', 'pattern': '^[0-9]{6,8}$', 'description': 'First 6 to 8 digits of the card.', 'example': '411111'}, rule='pattern')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'The card whose issuer sets the down payment rules.', 'additionalProperties': False, 'properties': {'bin': {'type': 'string', 'pattern': '^[0-9]{6,8}$', 'description': 'First 6 to 8 digits of the card.', 'example': '411111'}}}, rule='additionalProperties')
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

def validate___components_schemas_offerproduct(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'A cart product for cardless or down payment offers.', 'additionalProperties': False, 'properties': {'product_code': {'type': 'string', 'minLength': 1, 'maxLength': 100, 'description': "The merchant's product code (SKU).", 'example': 'redmi_1'}, 'product_amount': {'type': 'object', 'description': "Any other sum of money (a discount, a fee, a balance, a breakdown line), in the\ncurrency's smallest unit; unlike `Amount` it may be below one rupee, or zero.\n", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 0, 'description': 'Amount in the smallest unit of the currency (paise for INR).', 'example': 500}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code.', 'example': 'INR'}}, 'additionalProperties': False}, 'product_name': {'type': 'string', 'maxLength': 200, 'description': "The product's name.", 'example': 'Redmi Note 13 5G'}, 'product_quantity': {'type': 'integer', 'minimum': 1, 'description': 'How many of the product.', 'example': 1}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "product_code" in data_keys:
            data_keys.remove("product_code")
            data__productcode = data["product_code"]
            if not isinstance(data__productcode, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".product_code must be string", value=data__productcode, name="" + (name_prefix or "data") + ".product_code", definition={'type': 'string', 'minLength': 1, 'maxLength': 100, 'description': "The merchant's product code (SKU).", 'example': 'redmi_1'}, rule='type')
            if isinstance(data__productcode, str):
                data__productcode_len = len(data__productcode)
                if data__productcode_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".product_code must be longer than or equal to 1 characters", value=data__productcode, name="" + (name_prefix or "data") + ".product_code", definition={'type': 'string', 'minLength': 1, 'maxLength': 100, 'description': "The merchant's product code (SKU).", 'example': 'redmi_1'}, rule='minLength')
                if data__productcode_len > 100:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".product_code must be shorter than or equal to 100 characters", value=data__productcode, name="" + (name_prefix or "data") + ".product_code", definition={'type': 'string', 'minLength': 1, 'maxLength': 100, 'description': "The merchant's product code (SKU).", 'example': 'redmi_1'}, rule='maxLength')
        if "product_amount" in data_keys:
            data_keys.remove("product_amount")
            data__productamount = data["product_amount"]
            validate___components_schemas_money(data__productamount, custom_formats, (name_prefix or "data") + ".product_amount")
        if "product_name" in data_keys:
            data_keys.remove("product_name")
            data__productname = data["product_name"]
            if not isinstance(data__productname, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".product_name must be string", value=data__productname, name="" + (name_prefix or "data") + ".product_name", definition={'type': 'string', 'maxLength': 200, 'description': "The product's name.", 'example': 'Redmi Note 13 5G'}, rule='type')
            if isinstance(data__productname, str):
                data__productname_len = len(data__productname)
                if data__productname_len > 200:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".product_name must be shorter than or equal to 200 characters", value=data__productname, name="" + (name_prefix or "data") + ".product_name", definition={'type': 'string', 'maxLength': 200, 'description': "The product's name.", 'example': 'Redmi Note 13 5G'}, rule='maxLength')
        if "product_quantity" in data_keys:
            data_keys.remove("product_quantity")
            data__productquantity = data["product_quantity"]
            if not isinstance(data__productquantity, (int)) or isinstance(data__productquantity, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".product_quantity must be integer", value=data__productquantity, name="" + (name_prefix or "data") + ".product_quantity", definition={'type': 'integer', 'minimum': 1, 'description': 'How many of the product.', 'example': 1}, rule='type')
            if isinstance(data__productquantity, (int, float, Decimal)) and not isinstance(data__productquantity, bool):
                if data__productquantity < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".product_quantity must be bigger than or equal to 1", value=data__productquantity, name="" + (name_prefix or "data") + ".product_quantity", definition={'type': 'integer', 'minimum': 1, 'description': 'How many of the product.', 'example': 1}, rule='minimum')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'A cart product for cardless or down payment offers.', 'additionalProperties': False, 'properties': {'product_code': {'type': 'string', 'minLength': 1, 'maxLength': 100, 'description': "The merchant's product code (SKU).", 'example': 'redmi_1'}, 'product_amount': {'type': 'object', 'description': "Any other sum of money (a discount, a fee, a balance, a breakdown line), in the\ncurrency's smallest unit; unlike `Amount` it may be below one rupee, or zero.\n", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 0, 'description': 'Amount in the smallest unit of the currency (paise for INR).', 'example': 500}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code.', 'example': 'INR'}}, 'additionalProperties': False}, 'product_name': {'type': 'string', 'maxLength': 200, 'description': "The product's name.", 'example': 'Redmi Note 13 5G'}, 'product_quantity': {'type': 'integer', 'minimum': 1, 'description': 'How many of the product.', 'example': 1}}}, rule='additionalProperties')
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
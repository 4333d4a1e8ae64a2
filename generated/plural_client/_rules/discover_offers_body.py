# Written by `make generate` (scripts/compile_rules.py) from the spec: do not edit.
VERSION = "2.22.3"
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


REGEX_PATTERNS = {
    '^[0-9]{12,19}$': re.compile('^[0-9]{12,19}\\Z'),
    '^[0-9]{8}$': re.compile('^[0-9]{8}\\Z'),
    '^[A-Z]{3}$': re.compile('^[A-Z]{3}\\Z')
}

NoneType = type(None)

def validate(data, custom_formats={}, name_prefix=None):
    validate___components_x_plural_request(data, custom_formats, (name_prefix or "data") + "")
    return data

def validate___components_x_plural_request(data, custom_formats={}, name_prefix=None):
    validate___components_schemas_discoveroffersrequest(data, custom_formats, (name_prefix or "data") + "")
    return data

def validate___components_schemas_discoveroffersrequest(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'What to find EMI offers for.', 'required': ['order_amount'], 'additionalProperties': False, 'properties': {'order_amount': {'type': 'object', 'description': "An amount of money in the currency's smallest unit (paise for INR).", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 100, 'maximum': 100000000, 'description': 'Amount in paise, from 100 (1 rupee) to 100000000 (10 lakh rupees).', 'example': 1100}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code; Plural accepts INR.', 'example': 'INR'}}, 'additionalProperties': False}, 'product_details': {'type': 'array', 'description': "The cart's products; needed for brand EMI.", 'minItems': 1, 'items': {'type': 'object', 'description': 'A cart product for brand EMI discovery.', 'required': ['product_code'], 'additionalProperties': False, 'properties': {'product_code': {'type': 'string', 'minLength': 1, 'maxLength': 100, 'description': "The merchant's product code (SKU) configured for brand EMI.", 'example': 'redmi_1'}, 'product_amount': {'$ref': '#/components/schemas/Money'}, 'product_coupon_discount_amount': {'$ref': '#/components/schemas/Money'}}}}, 'cart_coupon_discount_amount': {'type': 'object', 'description': "Any other sum of money (a discount, a fee, a balance, a breakdown line), in the\ncurrency's smallest unit; unlike `Amount` it may be below one rupee, or zero.\n", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 0, 'description': 'Amount in the smallest unit of the currency (paise for INR).', 'example': 500}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code.', 'example': 'INR'}}, 'additionalProperties': False}, 'issuer': {'type': 'object', 'description': 'Narrows discovery to a card BIN or, for EMI with down payment, to one issuer.', 'additionalProperties': False, 'properties': {'bin': {'type': 'string', 'pattern': '^[0-9]{8}$', 'description': 'First 8 digits of the card.', 'example': '41111111'}, 'id': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "Plural's id of the issuer (EMI with down payment).", 'example': '6'}, 'name': {'type': 'string', 'minLength': 1, 'maxLength': 100, 'description': "The issuer's name (EMI with down payment).", 'example': 'HDFC CC'}, 'issuer_type': {'$ref': '#/components/schemas/OfferIssuerType'}}}, 'downpayment_details': {'type': 'object', 'description': 'The down payment the customer chose (EMI with down payment).', 'additionalProperties': False, 'properties': {'downpayment_amount': {'$ref': '#/components/schemas/Money'}}}, 'payment_options': {'type': 'object', 'description': 'The card or saved card to find offers for; one of the two.', 'maxProperties': 1, 'additionalProperties': False, 'properties': {'card_details': {'$ref': '#/components/schemas/OfferDiscoveryCard'}, 'card_token_details': {'$ref': '#/components/schemas/OfferDiscoveryCardToken'}}}, 'customer_details': {'type': 'object', 'description': 'The Plural customer owning a saved card token.', 'additionalProperties': False, 'properties': {'customer_id': {'type': 'string', 'minLength': 1, 'maxLength': 19, 'description': "Plural's customer id; needed with a token_id.", 'example': 'cust-v1-0811030624'}}}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['order_amount']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'What to find EMI offers for.', 'required': ['order_amount'], 'additionalProperties': False, 'properties': {'order_amount': {'type': 'object', 'description': "An amount of money in the currency's smallest unit (paise for INR).", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 100, 'maximum': 100000000, 'description': 'Amount in paise, from 100 (1 rupee) to 100000000 (10 lakh rupees).', 'example': 1100}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code; Plural accepts INR.', 'example': 'INR'}}, 'additionalProperties': False}, 'product_details': {'type': 'array', 'description': "The cart's products; needed for brand EMI.", 'minItems': 1, 'items': {'type': 'object', 'description': 'A cart product for brand EMI discovery.', 'required': ['product_code'], 'additionalProperties': False, 'properties': {'product_code': {'type': 'string', 'minLength': 1, 'maxLength': 100, 'description': "The merchant's product code (SKU) configured for brand EMI.", 'example': 'redmi_1'}, 'product_amount': {'$ref': '#/components/schemas/Money'}, 'product_coupon_discount_amount': {'$ref': '#/components/schemas/Money'}}}}, 'cart_coupon_discount_amount': {'type': 'object', 'description': "Any other sum of money (a discount, a fee, a balance, a breakdown line), in the\ncurrency's smallest unit; unlike `Amount` it may be below one rupee, or zero.\n", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 0, 'description': 'Amount in the smallest unit of the currency (paise for INR).', 'example': 500}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code.', 'example': 'INR'}}, 'additionalProperties': False}, 'issuer': {'type': 'object', 'description': 'Narrows discovery to a card BIN or, for EMI with down payment, to one issuer.', 'additionalProperties': False, 'properties': {'bin': {'type': 'string', 'pattern': '^[0-9]{8}$', 'description': 'First 8 digits of the card.', 'example': '41111111'}, 'id': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "Plural's id of the issuer (EMI with down payment).", 'example': '6'}, 'name': {'type': 'string', 'minLength': 1, 'maxLength': 100, 'description': "The issuer's name (EMI with down payment).", 'example': 'HDFC CC'}, 'issuer_type': {'$ref': '#/components/schemas/OfferIssuerType'}}}, 'downpayment_details': {'type': 'object', 'description': 'The down payment the customer chose (EMI with down payment).', 'additionalProperties': False, 'properties': {'downpayment_amount': {'$ref': '#/components/schemas/Money'}}}, 'payment_options': {'type': 'object', 'description': 'The card or saved card to find offers for; one of the two.', 'maxProperties': 1, 'additionalProperties': False, 'properties': {'card_details': {'$ref': '#/components/schemas/OfferDiscoveryCard'}, 'card_token_details': {'$ref': '#/components/schemas/OfferDiscoveryCardToken'}}}, 'customer_details': {'type': 'object', 'description': 'The Plural customer owning a saved card token.', 'additionalProperties': False, 'properties': {'customer_id': {'type': 'string', 'minLength': 1, 'maxLength': 19, 'description': "Plural's customer id; needed with a token_id.", 'example': 'cust-v1-0811030624'}}}}}, rule='required')
        data_keys = set(data.keys())
        if "order_amount" in data_keys:
            data_keys.remove("order_amount")
            data__orderamount = data["order_amount"]
            validate___components_schemas_amount(data__orderamount, custom_formats, (name_prefix or "data") + ".order_amount")
        if "product_details" in data_keys:
            data_keys.remove("product_details")
            data__productdetails = data["product_details"]
            if not isinstance(data__productdetails, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".product_details must be array", value=data__productdetails, name="" + (name_prefix or "data") + ".product_details", definition={'type': 'array', 'description': "The cart's products; needed for brand EMI.", 'minItems': 1, 'items': {'type': 'object', 'description': 'A cart product for brand EMI discovery.', 'required': ['product_code'], 'additionalProperties': False, 'properties': {'product_code': {'type': 'string', 'minLength': 1, 'maxLength': 100, 'description': "The merchant's product code (SKU) configured for brand EMI.", 'example': 'redmi_1'}, 'product_amount': {'$ref': '#/components/schemas/Money'}, 'product_coupon_discount_amount': {'$ref': '#/components/schemas/Money'}}}}, rule='type')
            data__productdetails_is_list = isinstance(data__productdetails, (list, tuple))
            if data__productdetails_is_list:
                data__productdetails_len = len(data__productdetails)
                if data__productdetails_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".product_details must contain at least 1 items", value=data__productdetails, name="" + (name_prefix or "data") + ".product_details", definition={'type': 'array', 'description': "The cart's products; needed for brand EMI.", 'minItems': 1, 'items': {'type': 'object', 'description': 'A cart product for brand EMI discovery.', 'required': ['product_code'], 'additionalProperties': False, 'properties': {'product_code': {'type': 'string', 'minLength': 1, 'maxLength': 100, 'description': "The merchant's product code (SKU) configured for brand EMI.", 'example': 'redmi_1'}, 'product_amount': {'$ref': '#/components/schemas/Money'}, 'product_coupon_discount_amount': {'$ref': '#/components/schemas/Money'}}}}, rule='minItems')
                for data__productdetails_x, data__productdetails_item in enumerate(data__productdetails):
                    validate___components_schemas_offerdiscoveryproduct(data__productdetails_item, custom_formats, (name_prefix or "data") + ".product_details[{data__productdetails_x}]".format(**locals()))
        if "cart_coupon_discount_amount" in data_keys:
            data_keys.remove("cart_coupon_discount_amount")
            data__cartcoupondiscountamount = data["cart_coupon_discount_amount"]
            validate___components_schemas_money(data__cartcoupondiscountamount, custom_formats, (name_prefix or "data") + ".cart_coupon_discount_amount")
        if "issuer" in data_keys:
            data_keys.remove("issuer")
            data__issuer = data["issuer"]
            validate___components_schemas_offerdiscoveryissuer(data__issuer, custom_formats, (name_prefix or "data") + ".issuer")
        if "downpayment_details" in data_keys:
            data_keys.remove("downpayment_details")
            data__downpaymentdetails = data["downpayment_details"]
            validate___components_schemas_offerdiscoverydownpayment(data__downpaymentdetails, custom_formats, (name_prefix or "data") + ".downpayment_details")
        if "payment_options" in data_keys:
            data_keys.remove("payment_options")
            data__paymentoptions = data["payment_options"]
            validate___components_schemas_offerdiscoverypaymentoptions(data__paymentoptions, custom_formats, (name_prefix or "data") + ".payment_options")
        if "customer_details" in data_keys:
            data_keys.remove("customer_details")
            data__customerdetails = data["customer_details"]
            validate___components_schemas_offercustomerdetails(data__customerdetails, custom_formats, (name_prefix or "data") + ".customer_details")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'What to find EMI offers for.', 'required': ['order_amount'], 'additionalProperties': False, 'properties': {'order_amount': {'type': 'object', 'description': "An amount of money in the currency's smallest unit (paise for INR).", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 100, 'maximum': 100000000, 'description': 'Amount in paise, from 100 (1 rupee) to 100000000 (10 lakh rupees).', 'example': 1100}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code; Plural accepts INR.', 'example': 'INR'}}, 'additionalProperties': False}, 'product_details': {'type': 'array', 'description': "The cart's products; needed for brand EMI.", 'minItems': 1, 'items': {'type': 'object', 'description': 'A cart product for brand EMI discovery.', 'required': ['product_code'], 'additionalProperties': False, 'properties': {'product_code': {'type': 'string', 'minLength': 1, 'maxLength': 100, 'description': "The merchant's product code (SKU) configured for brand EMI.", 'example': 'redmi_1'}, 'product_amount': {'$ref': '#/components/schemas/Money'}, 'product_coupon_discount_amount': {'$ref': '#/components/schemas/Money'}}}}, 'cart_coupon_discount_amount': {'type': 'object', 'description': "Any other sum of money (a discount, a fee, a balance, a breakdown line), in the\ncurrency's smallest unit; unlike `Amount` it may be below one rupee, or zero.\n", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 0, 'description': 'Amount in the smallest unit of the currency (paise for INR).', 'example': 500}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code.', 'example': 'INR'}}, 'additionalProperties': False}, 'issuer': {'type': 'object', 'description': 'Narrows discovery to a card BIN or, for EMI with down payment, to one issuer.', 'additionalProperties': False, 'properties': {'bin': {'type': 'string', 'pattern': '^[0-9]{8}$', 'description': 'First 8 digits of the card.', 'example': '41111111'}, 'id': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "Plural's id of the issuer (EMI with down payment).", 'example': '6'}, 'name': {'type': 'string', 'minLength': 1, 'maxLength': 100, 'description': "The issuer's name (EMI with down payment).", 'example': 'HDFC CC'}, 'issuer_type': {'$ref': '#/components/schemas/OfferIssuerType'}}}, 'downpayment_details': {'type': 'object', 'description': 'The down payment the customer chose (EMI with down payment).', 'additionalProperties': False, 'properties': {'downpayment_amount': {'$ref': '#/components/schemas/Money'}}}, 'payment_options': {'type': 'object', 'description': 'The card or saved card to find offers for; one of the two.', 'maxProperties': 1, 'additionalProperties': False, 'properties': {'card_details': {'$ref': '#/components/schemas/OfferDiscoveryCard'}, 'card_token_details': {'$ref': '#/components/schemas/OfferDiscoveryCardToken'}}}, 'customer_details': {'type': 'object', 'description': 'The Plural customer owning a saved card token.', 'additionalProperties': False, 'properties': {'customer_id': {'type': 'string', 'minLength': 1, 'maxLength': 19, 'description': "Plural's customer id; needed with a token_id.", 'example': 'cust-v1-0811030624'}}}}}, rule='additionalProperties')
    return data

def validate___components_schemas_offercustomerdetails(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'The Plural customer owning a saved card token.', 'additionalProperties': False, 'properties': {'customer_id': {'type': 'string', 'minLength': 1, 'maxLength': 19, 'description': "Plural's customer id; needed with a token_id.", 'example': 'cust-v1-0811030624'}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "customer_id" in data_keys:
            data_keys.remove("customer_id")
            data__customerid = data["customer_id"]
            if not isinstance(data__customerid, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".customer_id must be string", value=data__customerid, name="" + (name_prefix or "data") + ".customer_id", definition={'type': 'string', 'minLength': 1, 'maxLength': 19, 'description': "Plural's customer id; needed with a token_id.", 'example': 'cust-v1-0811030624'}, rule='type')
            if isinstance(data__customerid, str):
                data__customerid_len = len(data__customerid)
                if data__customerid_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".customer_id must be longer than or equal to 1 characters", value=data__customerid, name="" + (name_prefix or "data") + ".customer_id", definition={'type': 'string', 'minLength': 1, 'maxLength': 19, 'description': "Plural's customer id; needed with a token_id.", 'example': 'cust-v1-0811030624'}, rule='minLength')
                if data__customerid_len > 19:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".customer_id must be shorter than or equal to 19 characters", value=data__customerid, name="" + (name_prefix or "data") + ".customer_id", definition={'type': 'string', 'minLength': 1, 'maxLength': 19, 'description': "Plural's customer id; needed with a token_id.", 'example': 'cust-v1-0811030624'}, rule='maxLength')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'The Plural customer owning a saved card token.', 'additionalProperties': False, 'properties': {'customer_id': {'type': 'string', 'minLength': 1, 'maxLength': 19, 'description': "Plural's customer id; needed with a token_id.", 'example': 'cust-v1-0811030624'}}}, rule='additionalProperties')
    return data

def validate___components_schemas_offerdiscoverypaymentoptions(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'The card or saved card to find offers for; one of the two.', 'maxProperties': 1, 'additionalProperties': False, 'properties': {'card_details': {'type': 'object', 'description': 'A card to find offers for.', 'additionalProperties': False, 'properties': {'card_number': {'type': 'string', 'pattern': '^[0-9]{12,19}$', 'description': 'Card number, 12 to 19 digits.', 'example': '4111111111111111'}}}, 'card_token_details': {'type': 'object', 'description': 'A saved card to find offers for; token or token_id (token_id needs customer_details).', 'minProperties': 1, 'additionalProperties': False, 'properties': {'token': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "The card's token for its token type.", 'example': '0342ef1e0342ef1e'}, 'token_id': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "Plural's id of the saved card token.", 'example': 'token-v1-0811030624-aa-RBDgpR'}}}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_len = len(data)
        if data_len > 1:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain less than or equal to 1 properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'The card or saved card to find offers for; one of the two.', 'maxProperties': 1, 'additionalProperties': False, 'properties': {'card_details': {'type': 'object', 'description': 'A card to find offers for.', 'additionalProperties': False, 'properties': {'card_number': {'type': 'string', 'pattern': '^[0-9]{12,19}$', 'description': 'Card number, 12 to 19 digits.', 'example': '4111111111111111'}}}, 'card_token_details': {'type': 'object', 'description': 'A saved card to find offers for; token or token_id (token_id needs customer_details).', 'minProperties': 1, 'additionalProperties': False, 'properties': {'token': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "The card's token for its token type.", 'example': '0342ef1e0342ef1e'}, 'token_id': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "Plural's id of the saved card token.", 'example': 'token-v1-0811030624-aa-RBDgpR'}}}}}, rule='maxProperties')
        data_keys = set(data.keys())
        if "card_details" in data_keys:
            data_keys.remove("card_details")
            data__carddetails = data["card_details"]
            validate___components_schemas_offerdiscoverycard(data__carddetails, custom_formats, (name_prefix or "data") + ".card_details")
        if "card_token_details" in data_keys:
            data_keys.remove("card_token_details")
            data__cardtokendetails = data["card_token_details"]
            validate___components_schemas_offerdiscoverycardtoken(data__cardtokendetails, custom_formats, (name_prefix or "data") + ".card_token_details")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'The card or saved card to find offers for; one of the two.', 'maxProperties': 1, 'additionalProperties': False, 'properties': {'card_details': {'type': 'object', 'description': 'A card to find offers for.', 'additionalProperties': False, 'properties': {'card_number': {'type': 'string', 'pattern': '^[0-9]{12,19}$', 'description': 'Card number, 12 to 19 digits.', 'example': '4111111111111111'}}}, 'card_token_details': {'type': 'object', 'description': 'A saved card to find offers for; token or token_id (token_id needs customer_details).', 'minProperties': 1, 'additionalProperties': False, 'properties': {'token': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "The card's token for its token type.", 'example': '0342ef1e0342ef1e'}, 'token_id': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "Plural's id of the saved card token.", 'example': 'token-v1-0811030624-aa-RBDgpR'}}}}}, rule='additionalProperties')
    return data

def validate___components_schemas_offerdiscoverycardtoken(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'A saved card to find offers for; token or token_id (token_id needs customer_details).', 'minProperties': 1, 'additionalProperties': False, 'properties': {'token': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "The card's token for its token type.", 'example': '0342ef1e0342ef1e'}, 'token_id': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "Plural's id of the saved card token.", 'example': 'token-v1-0811030624-aa-RBDgpR'}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_len = len(data)
        if data_len < 1:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain at least 1 properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'A saved card to find offers for; token or token_id (token_id needs customer_details).', 'minProperties': 1, 'additionalProperties': False, 'properties': {'token': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "The card's token for its token type.", 'example': '0342ef1e0342ef1e'}, 'token_id': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "Plural's id of the saved card token.", 'example': 'token-v1-0811030624-aa-RBDgpR'}}}, rule='minProperties')
        data_keys = set(data.keys())
        if "token" in data_keys:
            data_keys.remove("token")
            data__token = data["token"]
            if not isinstance(data__token, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".token must be string", value=data__token, name="" + (name_prefix or "data") + ".token", definition={'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "The card's token for its token type.", 'example': '0342ef1e0342ef1e'}, rule='type')
            if isinstance(data__token, str):
                data__token_len = len(data__token)
                if data__token_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".token must be longer than or equal to 1 characters", value=data__token, name="" + (name_prefix or "data") + ".token", definition={'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "The card's token for its token type.", 'example': '0342ef1e0342ef1e'}, rule='minLength')
                if data__token_len > 50:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".token must be shorter than or equal to 50 characters", value=data__token, name="" + (name_prefix or "data") + ".token", definition={'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "The card's token for its token type.", 'example': '0342ef1e0342ef1e'}, rule='maxLength')
        if "token_id" in data_keys:
            data_keys.remove("token_id")
            data__tokenid = data["token_id"]
            if not isinstance(data__tokenid, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".token_id must be string", value=data__tokenid, name="" + (name_prefix or "data") + ".token_id", definition={'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "Plural's id of the saved card token.", 'example': 'token-v1-0811030624-aa-RBDgpR'}, rule='type')
            if isinstance(data__tokenid, str):
                data__tokenid_len = len(data__tokenid)
                if data__tokenid_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".token_id must be longer than or equal to 1 characters", value=data__tokenid, name="" + (name_prefix or "data") + ".token_id", definition={'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "Plural's id of the saved card token.", 'example': 'token-v1-0811030624-aa-RBDgpR'}, rule='minLength')
                if data__tokenid_len > 50:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".token_id must be shorter than or equal to 50 characters", value=data__tokenid, name="" + (name_prefix or "data") + ".token_id", definition={'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "Plural's id of the saved card token.", 'example': 'token-v1-0811030624-aa-RBDgpR'}, rule='maxLength')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'A saved card to find offers for; token or token_id (token_id needs customer_details).', 'minProperties': 1, 'additionalProperties': False, 'properties': {'token': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "The card's token for its token type.", 'example': '0342ef1e0342ef1e'}, 'token_id': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "Plural's id of the saved card token.", 'example': 'token-v1-0811030624-aa-RBDgpR'}}}, rule='additionalProperties')
    return data

def validate___components_schemas_offerdiscoverycard(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'A card to find offers for.', 'additionalProperties': False, 'properties': {'card_number': {'type': 'string', 'pattern': '^[0-9]{12,19}$', 'description': 'Card number, 12 to 19 digits.', 'example': '4111111111111111'}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "card_number" in data_keys:
            data_keys.remove("card_number")
            data__cardnumber = data["card_number"]
            if not isinstance(data__cardnumber, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".card_number must be string", value=data__cardnumber, name="" + (name_prefix or "data") + ".card_number", definition={'type': 'string', 'pattern': '^[0-9]{12,19}$', 'description': 'Card number, 12 to 19 digits.', 'example': '4111111111111111'}, rule='type')
            if isinstance(data__cardnumber, str):
                if not REGEX_PATTERNS['^[0-9]{12,19}$'].search(data__cardnumber):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".card_number must match pattern ^[0-9]{12,19}$", value=data__cardnumber, name="" + (name_prefix or "data") + ".card_number", definition={'type': 'string', 'pattern': '^[0-9]{12,19}$', 'description': 'Card number, 12 to 19 digits.', 'example': '4111111111111111'}, rule='pattern')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'A card to find offers for.', 'additionalProperties': False, 'properties': {'card_number': {'type': 'string', 'pattern': '^[0-9]{12,19}$', 'description': 'Card number, 12 to 19 digits.', 'example': '4111111111111111'}}}, rule='additionalProperties')
    return data

def validate___components_schemas_offerdiscoverydownpayment(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'The down payment the customer chose (EMI with down payment).', 'additionalProperties': False, 'properties': {'downpayment_amount': {'type': 'object', 'description': "Any other sum of money (a discount, a fee, a balance, a breakdown line), in the\ncurrency's smallest unit; unlike `Amount` it may be below one rupee, or zero.\n", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 0, 'description': 'Amount in the smallest unit of the currency (paise for INR).', 'example': 500}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code.', 'example': 'INR'}}, 'additionalProperties': False}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "downpayment_amount" in data_keys:
            data_keys.remove("downpayment_amount")
            data__downpaymentamount = data["downpayment_amount"]
            validate___components_schemas_money(data__downpaymentamount, custom_formats, (name_prefix or "data") + ".downpayment_amount")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'The down payment the customer chose (EMI with down payment).', 'additionalProperties': False, 'properties': {'downpayment_amount': {'type': 'object', 'description': "Any other sum of money (a discount, a fee, a balance, a breakdown line), in the\ncurrency's smallest unit; unlike `Amount` it may be below one rupee, or zero.\n", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 0, 'description': 'Amount in the smallest unit of the currency (paise for INR).', 'example': 500}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code.', 'example': 'INR'}}, 'additionalProperties': False}}}, rule='additionalProperties')
    return data

def validate___components_schemas_offerdiscoveryissuer(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'Narrows discovery to a card BIN or, for EMI with down payment, to one issuer.', 'additionalProperties': False, 'properties': {'bin': {'type': 'string', 'pattern': '^[0-9]{8}$', 'description': 'First 8 digits of the card.', 'example': '41111111'}, 'id': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "Plural's id of the issuer (EMI with down payment).", 'example': '6'}, 'name': {'type': 'string', 'minLength': 1, 'maxLength': 100, 'description': "The issuer's name (EMI with down payment).", 'example': 'HDFC CC'}, 'issuer_type': {'type': 'string', 'description': 'The kind of lender behind an EMI offer (credit/debit card bank or NBFC, cardless, new-to-bank).', 'enum': ['CC_BANK', 'DC_BANK', 'CARDLESS_BANK', 'CC_NBFC', 'DC_NBFC', 'CARDLESS_NBFC', 'NTB', 'NTB_BANK', 'NTB_NBFC']}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "bin" in data_keys:
            data_keys.remove("bin")
            data__bin = data["bin"]
            if not isinstance(data__bin, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".bin must be string", value=data__bin, name="" + (name_prefix or "data") + ".bin", definition={'type': 'string', 'pattern': '^[0-9]{8}$', 'description': 'First 8 digits of the card.', 'example': '41111111'}, rule='type')
            if isinstance(data__bin, str):
                if not REGEX_PATTERNS['^[0-9]{8}$'].search(data__bin):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".bin must match pattern ^[0-9]{8}$", value=data__bin, name="" + (name_prefix or "data") + ".bin", definition={'type': 'string', 'pattern': '^[0-9]{8}$', 'description': 'First 8 digits of the card.', 'example': '41111111'}, rule='pattern')
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            if not isinstance(data__id, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must be string", value=data__id, name="" + (name_prefix or "data") + ".id", definition={'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "Plural's id of the issuer (EMI with down payment).", 'example': '6'}, rule='type')
            if isinstance(data__id, str):
                data__id_len = len(data__id)
                if data__id_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must be longer than or equal to 1 characters", value=data__id, name="" + (name_prefix or "data") + ".id", definition={'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "Plural's id of the issuer (EMI with down payment).", 'example': '6'}, rule='minLength')
                if data__id_len > 50:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must be shorter than or equal to 50 characters", value=data__id, name="" + (name_prefix or "data") + ".id", definition={'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "Plural's id of the issuer (EMI with down payment).", 'example': '6'}, rule='maxLength')
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            if not isinstance(data__name, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be string", value=data__name, name="" + (name_prefix or "data") + ".name", definition={'type': 'string', 'minLength': 1, 'maxLength': 100, 'description': "The issuer's name (EMI with down payment).", 'example': 'HDFC CC'}, rule='type')
            if isinstance(data__name, str):
                data__name_len = len(data__name)
                if data__name_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be longer than or equal to 1 characters", value=data__name, name="" + (name_prefix or "data") + ".name", definition={'type': 'string', 'minLength': 1, 'maxLength': 100, 'description': "The issuer's name (EMI with down payment).", 'example': 'HDFC CC'}, rule='minLength')
                if data__name_len > 100:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be shorter than or equal to 100 characters", value=data__name, name="" + (name_prefix or "data") + ".name", definition={'type': 'string', 'minLength': 1, 'maxLength': 100, 'description': "The issuer's name (EMI with down payment).", 'example': 'HDFC CC'}, rule='maxLength')
        if "issuer_type" in data_keys:
            data_keys.remove("issuer_type")
            data__issuertype = data["issuer_type"]
            validate___components_schemas_offerissuertype(data__issuertype, custom_formats, (name_prefix or "data") + ".issuer_type")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'Narrows discovery to a card BIN or, for EMI with down payment, to one issuer.', 'additionalProperties': False, 'properties': {'bin': {'type': 'string', 'pattern': '^[0-9]{8}$', 'description': 'First 8 digits of the card.', 'example': '41111111'}, 'id': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "Plural's id of the issuer (EMI with down payment).", 'example': '6'}, 'name': {'type': 'string', 'minLength': 1, 'maxLength': 100, 'description': "The issuer's name (EMI with down payment).", 'example': 'HDFC CC'}, 'issuer_type': {'type': 'string', 'description': 'The kind of lender behind an EMI offer (credit/debit card bank or NBFC, cardless, new-to-bank).', 'enum': ['CC_BANK', 'DC_BANK', 'CARDLESS_BANK', 'CC_NBFC', 'DC_NBFC', 'CARDLESS_NBFC', 'NTB', 'NTB_BANK', 'NTB_NBFC']}}}, rule='additionalProperties')
    return data

def validate___components_schemas_offerissuertype(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'description': 'The kind of lender behind an EMI offer (credit/debit card bank or NBFC, cardless, new-to-bank).', 'enum': ['CC_BANK', 'DC_BANK', 'CARDLESS_BANK', 'CC_NBFC', 'DC_NBFC', 'CARDLESS_NBFC', 'NTB', 'NTB_BANK', 'NTB_NBFC']}, rule='type')
    if not (isinstance(data, str) and data == 'CC_BANK' or isinstance(data, str) and data == 'DC_BANK' or isinstance(data, str) and data == 'CARDLESS_BANK' or isinstance(data, str) and data == 'CC_NBFC' or isinstance(data, str) and data == 'DC_NBFC' or isinstance(data, str) and data == 'CARDLESS_NBFC' or isinstance(data, str) and data == 'NTB' or isinstance(data, str) and data == 'NTB_BANK' or isinstance(data, str) and data == 'NTB_NBFC'):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be one of ['CC_BANK', 'DC_BANK', 'CARDLESS_BANK', 'CC_NBFC', 'DC_NBFC', 'CARDLESS_NBFC', 'NTB', 'NTB_BANK', 'NTB_NBFC']", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'description': 'The kind of lender behind an EMI offer (credit/debit card bank or NBFC, cardless, new-to-bank).', 'enum': ['CC_BANK', 'DC_BANK', 'CARDLESS_BANK', 'CC_NBFC', 'DC_NBFC', 'CARDLESS_NBFC', 'NTB', 'NTB_BANK', 'NTB_NBFC']}, rule='enum')
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

def validate___components_schemas_offerdiscoveryproduct(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'A cart product for brand EMI discovery.', 'required': ['product_code'], 'additionalProperties': False, 'properties': {'product_code': {'type': 'string', 'minLength': 1, 'maxLength': 100, 'description': "The merchant's product code (SKU) configured for brand EMI.", 'example': 'redmi_1'}, 'product_amount': {'type': 'object', 'description': "Any other sum of money (a discount, a fee, a balance, a breakdown line), in the\ncurrency's smallest unit; unlike `Amount` it may be below one rupee, or zero.\n", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 0, 'description': 'Amount in the smallest unit of the currency (paise for INR).', 'example': 500}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code.', 'example': 'INR'}}, 'additionalProperties': False}, 'product_coupon_discount_amount': {'type': 'object', 'description': "Any other sum of money (a discount, a fee, a balance, a breakdown line), in the\ncurrency's smallest unit; unlike `Amount` it may be below one rupee, or zero.\n", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 0, 'description': 'Amount in the smallest unit of the currency (paise for INR).', 'example': 500}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code.', 'example': 'INR'}}, 'additionalProperties': False}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['product_code']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'A cart product for brand EMI discovery.', 'required': ['product_code'], 'additionalProperties': False, 'properties': {'product_code': {'type': 'string', 'minLength': 1, 'maxLength': 100, 'description': "The merchant's product code (SKU) configured for brand EMI.", 'example': 'redmi_1'}, 'product_amount': {'type': 'object', 'description': "Any other sum of money (a discount, a fee, a balance, a breakdown line), in the\ncurrency's smallest unit; unlike `Amount` it may be below one rupee, or zero.\n", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 0, 'description': 'Amount in the smallest unit of the currency (paise for INR).', 'example': 500}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code.', 'example': 'INR'}}, 'additionalProperties': False}, 'product_coupon_discount_amount': {'type': 'object', 'description': "Any other sum of money (a discount, a fee, a balance, a breakdown line), in the\ncurrency's smallest unit; unlike `Amount` it may be below one rupee, or zero.\n", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 0, 'description': 'Amount in the smallest unit of the currency (paise for INR).', 'example': 500}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code.', 'example': 'INR'}}, 'additionalProperties': False}}}, rule='required')
        data_keys = set(data.keys())
        if "product_code" in data_keys:
            data_keys.remove("product_code")
            data__productcode = data["product_code"]
            if not isinstance(data__productcode, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".product_code must be string", value=data__productcode, name="" + (name_prefix or "data") + ".product_code", definition={'type': 'string', 'minLength': 1, 'maxLength': 100, 'description': "The merchant's product code (SKU) configured for brand EMI.", 'example': 'redmi_1'}, rule='type')
            if isinstance(data__productcode, str):
                data__productcode_len = len(data__productcode)
                if data__productcode_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".product_code must be longer than or equal to 1 characters", value=data__productcode, name="" + (name_prefix or "data") + ".product_code", definition={'type': 'string', 'minLength': 1, 'maxLength': 100, 'description': "The merchant's product code (SKU) configured for brand EMI.", 'example': 'redmi_1'}, rule='minLength')
                if data__productcode_len > 100:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".product_code must be shorter than or equal to 100 characters", value=data__productcode, name="" + (name_prefix or "data") + ".product_code", definition={'type': 'string', 'minLength': 1, 'maxLength': 100, 'description': "The merchant's product code (SKU) configured for brand EMI.", 'example': 'redmi_1'}, rule='maxLength')
        if "product_amount" in data_keys:
            data_keys.remove("product_amount")
            data__productamount = data["product_amount"]
            validate___components_schemas_money(data__productamount, custom_formats, (name_prefix or "data") + ".product_amount")
        if "product_coupon_discount_amount" in data_keys:
            data_keys.remove("product_coupon_discount_amount")
            data__productcoupondiscountamount = data["product_coupon_discount_amount"]
            validate___components_schemas_money(data__productcoupondiscountamount, custom_formats, (name_prefix or "data") + ".product_coupon_discount_amount")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'A cart product for brand EMI discovery.', 'required': ['product_code'], 'additionalProperties': False, 'properties': {'product_code': {'type': 'string', 'minLength': 1, 'maxLength': 100, 'description': "The merchant's product code (SKU) configured for brand EMI.", 'example': 'redmi_1'}, 'product_amount': {'type': 'object', 'description': "Any other sum of money (a discount, a fee, a balance, a breakdown line), in the\ncurrency's smallest unit; unlike `Amount` it may be below one rupee, or zero.\n", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 0, 'description': 'Amount in the smallest unit of the currency (paise for INR).', 'example': 500}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code.', 'example': 'INR'}}, 'additionalProperties': False}, 'product_coupon_discount_amount': {'type': 'object', 'description': "Any other sum of money (a discount, a fee, a balance, a breakdown line), in the\ncurrency's smallest unit; unlike `Amount` it may be below one rupee, or zero.\n", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 0, 'description': 'Amount in the smallest unit of the currency (paise for INR).', 'example': 500}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code.', 'example': 'INR'}}, 'additionalProperties': False}}}, rule='additionalProperties')
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
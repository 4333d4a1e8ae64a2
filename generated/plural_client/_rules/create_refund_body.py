# Written by `make generate` (scripts/compile_rules.py) from the spec: do not edit.
VERSION = "2.22.3"
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


REGEX_PATTERNS = {
    '^[A-Z_]{1,20}$': re.compile('^[A-Z_]{1,20}\\Z'),
    '^[0-9]{14,17}$': re.compile('^[0-9]{14,17}\\Z'),
    '^[A-Z]{3}$': re.compile('^[A-Z]{3}\\Z'),
    '^[A-Za-z0-9_-]+$': re.compile('^[A-Za-z0-9_-]+\\Z')
}

NoneType = type(None)

def validate(data, custom_formats={}, name_prefix=None):
    validate___components_x_plural_request(data, custom_formats, (name_prefix or "data") + "")
    return data

def validate___components_x_plural_request(data, custom_formats={}, name_prefix=None):
    validate___components_schemas_refundrequest(data, custom_formats, (name_prefix or "data") + "")
    return data

def validate___components_schemas_refundrequest(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'A refund; without order_amount the whole remaining amount is refunded.', 'required': ['merchant_order_reference'], 'additionalProperties': False, 'properties': {'merchant_order_reference': {'type': 'string', 'description': "A merchant's own reference, 1 to 50 of letters, digits, `_` and `-`. Plural's idempotency key for the resource it names.", 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9_-]+$', 'example': 'f4548bbf-a029-43d3-9209-e3385c80b1e9'}, 'order_amount': {'type': 'object', 'description': "An amount of money in the currency's smallest unit (paise for INR).", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 100, 'maximum': 100000000, 'description': 'Amount in paise, from 100 (1 rupee) to 100000000 (10 lakh rupees).', 'example': 1100}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code; Plural accepts INR.', 'example': 'INR'}}, 'additionalProperties': False}, 'merchant_metadata': {'type': 'object', 'description': "Up to 10 key-value pairs of the merchant's own, each value at most 256 characters.", 'maxProperties': 10, 'additionalProperties': {'type': 'string', 'maxLength': 256}, 'example': {'key1': 'DD', 'key2': 'XOF'}}, 'products': {'type': 'array', 'description': 'The products refunded, for IMEI blocking; needed for a partial refund of IMEI products.', 'minItems': 1, 'items': {'type': 'object', 'description': 'A product of the refunded order, for IMEI blocking on a partial refund.', 'additionalProperties': False, 'properties': {'product_code': {'type': 'string', 'minLength': 1, 'maxLength': 100, 'description': "The product's code or SKU.", 'example': 'SM-S908EZKP'}, 'imei_number': {'type': 'string', 'pattern': '^[0-9]{14,17}$', 'description': 'IMEI of the refunded device, to block.', 'example': '356938035643809'}}}}, 'split_info': {'type': 'object', 'description': 'How a refund of a split-settlement order is split between partners.', 'additionalProperties': False, 'properties': {'split_type': {'type': 'string', 'pattern': '^[A-Z_]{1,20}$', 'description': 'How the split is expressed; Plural documents AMOUNT.', 'example': 'AMOUNT'}, 'split_details': {'type': 'array', 'description': "The partners' shares of the refund.", 'minItems': 1, 'items': {'$ref': '#/components/schemas/RefundSplitDetailRequest'}}}}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['merchant_order_reference']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'A refund; without order_amount the whole remaining amount is refunded.', 'required': ['merchant_order_reference'], 'additionalProperties': False, 'properties': {'merchant_order_reference': {'type': 'string', 'description': "A merchant's own reference, 1 to 50 of letters, digits, `_` and `-`. Plural's idempotency key for the resource it names.", 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9_-]+$', 'example': 'f4548bbf-a029-43d3-9209-e3385c80b1e9'}, 'order_amount': {'type': 'object', 'description': "An amount of money in the currency's smallest unit (paise for INR).", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 100, 'maximum': 100000000, 'description': 'Amount in paise, from 100 (1 rupee) to 100000000 (10 lakh rupees).', 'example': 1100}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code; Plural accepts INR.', 'example': 'INR'}}, 'additionalProperties': False}, 'merchant_metadata': {'type': 'object', 'description': "Up to 10 key-value pairs of the merchant's own, each value at most 256 characters.", 'maxProperties': 10, 'additionalProperties': {'type': 'string', 'maxLength': 256}, 'example': {'key1': 'DD', 'key2': 'XOF'}}, 'products': {'type': 'array', 'description': 'The products refunded, for IMEI blocking; needed for a partial refund of IMEI products.', 'minItems': 1, 'items': {'type': 'object', 'description': 'A product of the refunded order, for IMEI blocking on a partial refund.', 'additionalProperties': False, 'properties': {'product_code': {'type': 'string', 'minLength': 1, 'maxLength': 100, 'description': "The product's code or SKU.", 'example': 'SM-S908EZKP'}, 'imei_number': {'type': 'string', 'pattern': '^[0-9]{14,17}$', 'description': 'IMEI of the refunded device, to block.', 'example': '356938035643809'}}}}, 'split_info': {'type': 'object', 'description': 'How a refund of a split-settlement order is split between partners.', 'additionalProperties': False, 'properties': {'split_type': {'type': 'string', 'pattern': '^[A-Z_]{1,20}$', 'description': 'How the split is expressed; Plural documents AMOUNT.', 'example': 'AMOUNT'}, 'split_details': {'type': 'array', 'description': "The partners' shares of the refund.", 'minItems': 1, 'items': {'$ref': '#/components/schemas/RefundSplitDetailRequest'}}}}}}, rule='required')
        data_keys = set(data.keys())
        if "merchant_order_reference" in data_keys:
            data_keys.remove("merchant_order_reference")
            data__merchantorderreference = data["merchant_order_reference"]
            validate___components_schemas_merchantreference(data__merchantorderreference, custom_formats, (name_prefix or "data") + ".merchant_order_reference")
        if "order_amount" in data_keys:
            data_keys.remove("order_amount")
            data__orderamount = data["order_amount"]
            validate___components_schemas_amount(data__orderamount, custom_formats, (name_prefix or "data") + ".order_amount")
        if "merchant_metadata" in data_keys:
            data_keys.remove("merchant_metadata")
            data__merchantmetadata = data["merchant_metadata"]
            validate___components_schemas_merchantmetadata(data__merchantmetadata, custom_formats, (name_prefix or "data") + ".merchant_metadata")
        if "products" in data_keys:
            data_keys.remove("products")
            data__products = data["products"]
            if not isinstance(data__products, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".products must be array", value=data__products, name="" + (name_prefix or "data") + ".products", definition={'type': 'array', 'description': 'The products refunded, for IMEI blocking; needed for a partial refund of IMEI products.', 'minItems': 1, 'items': {'type': 'object', 'description': 'A product of the refunded order, for IMEI blocking on a partial refund.', 'additionalProperties': False, 'properties': {'product_code': {'type': 'string', 'minLength': 1, 'maxLength': 100, 'description': "The product's code or SKU.", 'example': 'SM-S908EZKP'}, 'imei_number': {'type': 'string', 'pattern': '^[0-9]{14,17}$', 'description': 'IMEI of the refunded device, to block.', 'example': '356938035643809'}}}}, rule='type')
            data__products_is_list = isinstance(data__products, (list, tuple))
            if data__products_is_list:
                data__products_len = len(data__products)
                if data__products_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".products must contain at least 1 items", value=data__products, name="" + (name_prefix or "data") + ".products", definition={'type': 'array', 'description': 'The products refunded, for IMEI blocking; needed for a partial refund of IMEI products.', 'minItems': 1, 'items': {'type': 'object', 'description': 'A product of the refunded order, for IMEI blocking on a partial refund.', 'additionalProperties': False, 'properties': {'product_code': {'type': 'string', 'minLength': 1, 'maxLength': 100, 'description': "The product's code or SKU.", 'example': 'SM-S908EZKP'}, 'imei_number': {'type': 'string', 'pattern': '^[0-9]{14,17}$', 'description': 'IMEI of the refunded device, to block.', 'example': '356938035643809'}}}}, rule='minItems')
                for data__products_x, data__products_item in enumerate(data__products):
                    validate___components_schemas_refundproduct(data__products_item, custom_formats, (name_prefix or "data") + ".products[{data__products_x}]".format(**locals()))
        if "split_info" in data_keys:
            data_keys.remove("split_info")
            data__splitinfo = data["split_info"]
            validate___components_schemas_refundsplitinforequest(data__splitinfo, custom_formats, (name_prefix or "data") + ".split_info")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'A refund; without order_amount the whole remaining amount is refunded.', 'required': ['merchant_order_reference'], 'additionalProperties': False, 'properties': {'merchant_order_reference': {'type': 'string', 'description': "A merchant's own reference, 1 to 50 of letters, digits, `_` and `-`. Plural's idempotency key for the resource it names.", 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9_-]+$', 'example': 'f4548bbf-a029-43d3-9209-e3385c80b1e9'}, 'order_amount': {'type': 'object', 'description': "An amount of money in the currency's smallest unit (paise for INR).", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 100, 'maximum': 100000000, 'description': 'Amount in paise, from 100 (1 rupee) to 100000000 (10 lakh rupees).', 'example': 1100}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code; Plural accepts INR.', 'example': 'INR'}}, 'additionalProperties': False}, 'merchant_metadata': {'type': 'object', 'description': "Up to 10 key-value pairs of the merchant's own, each value at most 256 characters.", 'maxProperties': 10, 'additionalProperties': {'type': 'string', 'maxLength': 256}, 'example': {'key1': 'DD', 'key2': 'XOF'}}, 'products': {'type': 'array', 'description': 'The products refunded, for IMEI blocking; needed for a partial refund of IMEI products.', 'minItems': 1, 'items': {'type': 'object', 'description': 'A product of the refunded order, for IMEI blocking on a partial refund.', 'additionalProperties': False, 'properties': {'product_code': {'type': 'string', 'minLength': 1, 'maxLength': 100, 'description': "The product's code or SKU.", 'example': 'SM-S908EZKP'}, 'imei_number': {'type': 'string', 'pattern': '^[0-9]{14,17}$', 'description': 'IMEI of the refunded device, to block.', 'example': '356938035643809'}}}}, 'split_info': {'type': 'object', 'description': 'How a refund of a split-settlement order is split between partners.', 'additionalProperties': False, 'properties': {'split_type': {'type': 'string', 'pattern': '^[A-Z_]{1,20}$', 'description': 'How the split is expressed; Plural documents AMOUNT.', 'example': 'AMOUNT'}, 'split_details': {'type': 'array', 'description': "The partners' shares of the refund.", 'minItems': 1, 'items': {'$ref': '#/components/schemas/RefundSplitDetailRequest'}}}}}}, rule='additionalProperties')
    return data

def validate___components_schemas_refundsplitinforequest(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'How a refund of a split-settlement order is split between partners.', 'additionalProperties': False, 'properties': {'split_type': {'type': 'string', 'pattern': '^[A-Z_]{1,20}$', 'description': 'How the split is expressed; Plural documents AMOUNT.', 'example': 'AMOUNT'}, 'split_details': {'type': 'array', 'description': "The partners' shares of the refund.", 'minItems': 1, 'items': {'type': 'object', 'description': "One partner's share of a split-settlement refund.", 'additionalProperties': False, 'properties': {'split_merchant_id': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "Plural's id of the partner merchant.", 'example': '110047'}, 'parent_order_split_settlement_id': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "The parent order's split settlement this share refunds.", 'example': 'v1-250513063000-aa-UBAnaE-ss-g'}, 'merchant_settlement_reference': {'$ref': '#/components/schemas/MerchantReference'}, 'amount': {'$ref': '#/components/schemas/Amount'}, 'status': {'type': 'string', 'description': "DO_NOT_RECOVER to leave the partner's settlement untouched; absent to recover the refund from it.", 'enum': ['DO_NOT_RECOVER'], 'example': 'DO_NOT_RECOVER'}}}}}}, rule='type')
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
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".split_details must be array", value=data__splitdetails, name="" + (name_prefix or "data") + ".split_details", definition={'type': 'array', 'description': "The partners' shares of the refund.", 'minItems': 1, 'items': {'type': 'object', 'description': "One partner's share of a split-settlement refund.", 'additionalProperties': False, 'properties': {'split_merchant_id': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "Plural's id of the partner merchant.", 'example': '110047'}, 'parent_order_split_settlement_id': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "The parent order's split settlement this share refunds.", 'example': 'v1-250513063000-aa-UBAnaE-ss-g'}, 'merchant_settlement_reference': {'$ref': '#/components/schemas/MerchantReference'}, 'amount': {'$ref': '#/components/schemas/Amount'}, 'status': {'type': 'string', 'description': "DO_NOT_RECOVER to leave the partner's settlement untouched; absent to recover the refund from it.", 'enum': ['DO_NOT_RECOVER'], 'example': 'DO_NOT_RECOVER'}}}}, rule='type')
            data__splitdetails_is_list = isinstance(data__splitdetails, (list, tuple))
            if data__splitdetails_is_list:
                data__splitdetails_len = len(data__splitdetails)
                if data__splitdetails_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".split_details must contain at least 1 items", value=data__splitdetails, name="" + (name_prefix or "data") + ".split_details", definition={'type': 'array', 'description': "The partners' shares of the refund.", 'minItems': 1, 'items': {'type': 'object', 'description': "One partner's share of a split-settlement refund.", 'additionalProperties': False, 'properties': {'split_merchant_id': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "Plural's id of the partner merchant.", 'example': '110047'}, 'parent_order_split_settlement_id': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "The parent order's split settlement this share refunds.", 'example': 'v1-250513063000-aa-UBAnaE-ss-g'}, 'merchant_settlement_reference': {'$ref': '#/components/schemas/MerchantReference'}, 'amount': {'$ref': '#/components/schemas/Amount'}, 'status': {'type': 'string', 'description': "DO_NOT_RECOVER to leave the partner's settlement untouched; absent to recover the refund from it.", 'enum': ['DO_NOT_RECOVER'], 'example': 'DO_NOT_RECOVER'}}}}, rule='minItems')
                for data__splitdetails_x, data__splitdetails_item in enumerate(data__splitdetails):
                    validate___components_schemas_refundsplitdetailrequest(data__splitdetails_item, custom_formats, (name_prefix or "data") + ".split_details[{data__splitdetails_x}]".format(**locals()))
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'How a refund of a split-settlement order is split between partners.', 'additionalProperties': False, 'properties': {'split_type': {'type': 'string', 'pattern': '^[A-Z_]{1,20}$', 'description': 'How the split is expressed; Plural documents AMOUNT.', 'example': 'AMOUNT'}, 'split_details': {'type': 'array', 'description': "The partners' shares of the refund.", 'minItems': 1, 'items': {'type': 'object', 'description': "One partner's share of a split-settlement refund.", 'additionalProperties': False, 'properties': {'split_merchant_id': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "Plural's id of the partner merchant.", 'example': '110047'}, 'parent_order_split_settlement_id': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "The parent order's split settlement this share refunds.", 'example': 'v1-250513063000-aa-UBAnaE-ss-g'}, 'merchant_settlement_reference': {'$ref': '#/components/schemas/MerchantReference'}, 'amount': {'$ref': '#/components/schemas/Amount'}, 'status': {'type': 'string', 'description': "DO_NOT_RECOVER to leave the partner's settlement untouched; absent to recover the refund from it.", 'enum': ['DO_NOT_RECOVER'], 'example': 'DO_NOT_RECOVER'}}}}}}, rule='additionalProperties')
    return data

def validate___components_schemas_refundsplitdetailrequest(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': "One partner's share of a split-settlement refund.", 'additionalProperties': False, 'properties': {'split_merchant_id': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "Plural's id of the partner merchant.", 'example': '110047'}, 'parent_order_split_settlement_id': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "The parent order's split settlement this share refunds.", 'example': 'v1-250513063000-aa-UBAnaE-ss-g'}, 'merchant_settlement_reference': {'type': 'string', 'description': "A merchant's own reference, 1 to 50 of letters, digits, `_` and `-`. Plural's idempotency key for the resource it names.", 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9_-]+$', 'example': 'f4548bbf-a029-43d3-9209-e3385c80b1e9'}, 'amount': {'type': 'object', 'description': "An amount of money in the currency's smallest unit (paise for INR).", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 100, 'maximum': 100000000, 'description': 'Amount in paise, from 100 (1 rupee) to 100000000 (10 lakh rupees).', 'example': 1100}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code; Plural accepts INR.', 'example': 'INR'}}, 'additionalProperties': False}, 'status': {'type': 'string', 'description': "DO_NOT_RECOVER to leave the partner's settlement untouched; absent to recover the refund from it.", 'enum': ['DO_NOT_RECOVER'], 'example': 'DO_NOT_RECOVER'}}}, rule='type')
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
        if "parent_order_split_settlement_id" in data_keys:
            data_keys.remove("parent_order_split_settlement_id")
            data__parentordersplitsettlementid = data["parent_order_split_settlement_id"]
            if not isinstance(data__parentordersplitsettlementid, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".parent_order_split_settlement_id must be string", value=data__parentordersplitsettlementid, name="" + (name_prefix or "data") + ".parent_order_split_settlement_id", definition={'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "The parent order's split settlement this share refunds.", 'example': 'v1-250513063000-aa-UBAnaE-ss-g'}, rule='type')
            if isinstance(data__parentordersplitsettlementid, str):
                data__parentordersplitsettlementid_len = len(data__parentordersplitsettlementid)
                if data__parentordersplitsettlementid_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".parent_order_split_settlement_id must be longer than or equal to 1 characters", value=data__parentordersplitsettlementid, name="" + (name_prefix or "data") + ".parent_order_split_settlement_id", definition={'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "The parent order's split settlement this share refunds.", 'example': 'v1-250513063000-aa-UBAnaE-ss-g'}, rule='minLength')
                if data__parentordersplitsettlementid_len > 50:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".parent_order_split_settlement_id must be shorter than or equal to 50 characters", value=data__parentordersplitsettlementid, name="" + (name_prefix or "data") + ".parent_order_split_settlement_id", definition={'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "The parent order's split settlement this share refunds.", 'example': 'v1-250513063000-aa-UBAnaE-ss-g'}, rule='maxLength')
        if "merchant_settlement_reference" in data_keys:
            data_keys.remove("merchant_settlement_reference")
            data__merchantsettlementreference = data["merchant_settlement_reference"]
            validate___components_schemas_merchantreference(data__merchantsettlementreference, custom_formats, (name_prefix or "data") + ".merchant_settlement_reference")
        if "amount" in data_keys:
            data_keys.remove("amount")
            data__amount = data["amount"]
            validate___components_schemas_amount(data__amount, custom_formats, (name_prefix or "data") + ".amount")
        if "status" in data_keys:
            data_keys.remove("status")
            data__status = data["status"]
            if not isinstance(data__status, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".status must be string", value=data__status, name="" + (name_prefix or "data") + ".status", definition={'type': 'string', 'description': "DO_NOT_RECOVER to leave the partner's settlement untouched; absent to recover the refund from it.", 'enum': ['DO_NOT_RECOVER'], 'example': 'DO_NOT_RECOVER'}, rule='type')
            if not (isinstance(data__status, str) and data__status == 'DO_NOT_RECOVER'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".status must be one of ['DO_NOT_RECOVER']", value=data__status, name="" + (name_prefix or "data") + ".status", definition={'type': 'string', 'description': "DO_NOT_RECOVER to leave the partner's settlement untouched; absent to recover the refund from it.", 'enum': ['DO_NOT_RECOVER'], 'example': 'DO_NOT_RECOVER'}, rule='enum')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': "One partner's share of a split-settlement refund.", 'additionalProperties': False, 'properties': {'split_merchant_id': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "Plural's id of the partner merchant.", 'example': '110047'}, 'parent_order_split_settlement_id': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': "The parent order's split settlement this share refunds.", 'example': 'v1-250513063000-aa-UBAnaE-ss-g'}, 'merchant_settlement_reference': {'type': 'string', 'description': "A merchant's own reference, 1 to 50 of letters, digits, `_` and `-`. Plural's idempotency key for the resource it names.", 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9_-]+$', 'example': 'f4548bbf-a029-43d3-9209-e3385c80b1e9'}, 'amount': {'type': 'object', 'description': "An amount of money in the currency's smallest unit (paise for INR).", 'required': ['value', 'currency'], 'properties': {'value': {'type': 'integer', 'minimum': 100, 'maximum': 100000000, 'description': 'Amount in paise, from 100 (1 rupee) to 100000000 (10 lakh rupees).', 'example': 1100}, 'currency': {'type': 'string', 'pattern': '^[A-Z]{3}$', 'description': 'ISO 4217 currency code; Plural accepts INR.', 'example': 'INR'}}, 'additionalProperties': False}, 'status': {'type': 'string', 'description': "DO_NOT_RECOVER to leave the partner's settlement untouched; absent to recover the refund from it.", 'enum': ['DO_NOT_RECOVER'], 'example': 'DO_NOT_RECOVER'}}}, rule='additionalProperties')
    return data

def validate___components_schemas_refundproduct(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'A product of the refunded order, for IMEI blocking on a partial refund.', 'additionalProperties': False, 'properties': {'product_code': {'type': 'string', 'minLength': 1, 'maxLength': 100, 'description': "The product's code or SKU.", 'example': 'SM-S908EZKP'}, 'imei_number': {'type': 'string', 'pattern': '^[0-9]{14,17}$', 'description': 'IMEI of the refunded device, to block.', 'example': '356938035643809'}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "product_code" in data_keys:
            data_keys.remove("product_code")
            data__productcode = data["product_code"]
            if not isinstance(data__productcode, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".product_code must be string", value=data__productcode, name="" + (name_prefix or "data") + ".product_code", definition={'type': 'string', 'minLength': 1, 'maxLength': 100, 'description': "The product's code or SKU.", 'example': 'SM-S908EZKP'}, rule='type')
            if isinstance(data__productcode, str):
                data__productcode_len = len(data__productcode)
                if data__productcode_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".product_code must be longer than or equal to 1 characters", value=data__productcode, name="" + (name_prefix or "data") + ".product_code", definition={'type': 'string', 'minLength': 1, 'maxLength': 100, 'description': "The product's code or SKU.", 'example': 'SM-S908EZKP'}, rule='minLength')
                if data__productcode_len > 100:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".product_code must be shorter than or equal to 100 characters", value=data__productcode, name="" + (name_prefix or "data") + ".product_code", definition={'type': 'string', 'minLength': 1, 'maxLength': 100, 'description': "The product's code or SKU.", 'example': 'SM-S908EZKP'}, rule='maxLength')
        if "imei_number" in data_keys:
            data_keys.remove("imei_number")
            data__imeinumber = data["imei_number"]
            if not isinstance(data__imeinumber, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".imei_number must be string", value=data__imeinumber, name="" + (name_prefix or "data") + ".imei_number", definition={'type': 'string', 'pattern': '^[0-9]{14,17}$', 'description': 'IMEI of the refunded device, to block.', 'example': '356938035643809'}, rule='type')
            if isinstance(data__imeinumber, str):
                if not REGEX_PATTERNS['^[0-9]{14,17}$'].search(data__imeinumber):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".imei_number must match pattern ^[0-9]{14,17}$", value=data__imeinumber, name="" + (name_prefix or "data") + ".imei_number", definition={'type': 'string', 'pattern': '^[0-9]{14,17}$', 'description': 'IMEI of the refunded device, to block.', 'example': '356938035643809'}, rule='pattern')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'A product of the refunded order, for IMEI blocking on a partial refund.', 'additionalProperties': False, 'properties': {'product_code': {'type': 'string', 'minLength': 1, 'maxLength': 100, 'description': "The product's code or SKU.", 'example': 'SM-S908EZKP'}, 'imei_number': {'type': 'string', 'pattern': '^[0-9]{14,17}$', 'description': 'IMEI of the refunded device, to block.', 'example': '356938035643809'}}}, rule='additionalProperties')
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
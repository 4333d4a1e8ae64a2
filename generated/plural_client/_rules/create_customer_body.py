# Written by `make generate` (scripts/compile_rules.py) from the spec: do not edit.
VERSION = "2.22.3"
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


REGEX_PATTERNS = {
    '^\\+?[0-9]{1,4}$': re.compile('^\\+?[0-9]{1,4}\\Z'),
    '^[0-9]{9,20}$': re.compile('^[0-9]{9,20}\\Z'),
    '^[0-9]{2}[0-9A-Z]{13}$': re.compile('^[0-9]{2}[0-9A-Z]{13}\\Z'),
    '^[A-Za-z0-9_-]+$': re.compile('^[A-Za-z0-9_-]+\\Z')
}

NoneType = type(None)

def validate(data, custom_formats={}, name_prefix=None):
    validate___components_x_plural_request(data, custom_formats, (name_prefix or "data") + "")
    return data

def validate___components_x_plural_request(data, custom_formats={}, name_prefix=None):
    validate___components_schemas_createcustomerrequest(data, custom_formats, (name_prefix or "data") + "")
    return data

def validate___components_schemas_createcustomerrequest(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'A new customer profile; give merchant_customer_reference, or mobile_number (with country_code), or both.', 'additionalProperties': False, 'properties': {'merchant_customer_reference': {'type': 'string', 'description': "A merchant's own reference, 1 to 50 of letters, digits, `_` and `-`. Plural's idempotency key for the resource it names.", 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9_-]+$', 'example': 'f4548bbf-a029-43d3-9209-e3385c80b1e9'}, 'first_name': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': 'First name.', 'example': 'Kevin'}, 'last_name': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': 'Last name.', 'example': 'Bob'}, 'country_code': {'type': 'string', 'pattern': '^\\+?[0-9]{1,4}$', 'description': 'Country calling code of the mobile number, up to 4 digits with an optional leading `+`; 91 when not given.', 'example': '91'}, 'mobile_number': {'type': 'string', 'pattern': '^[0-9]{9,20}$', 'description': 'Mobile number, 9 to 20 digits.', 'example': '9876543210'}, 'email_id': {'type': 'string', 'maxLength': 50, 'description': 'Email address.', 'example': 'kevin.bob@example.com'}, 'billing_address': {'type': 'object', 'description': 'A billing or shipping address. Shared by requests and responses, so unknown fields are accepted.', 'properties': {'address1': {'type': 'string', 'maxLength': 100, 'description': 'First address line.', 'example': 'H.No 15, Sector 17'}, 'address2': {'type': 'string', 'maxLength': 100, 'description': 'Second address line.', 'example': 'Near Rose Garden'}, 'address3': {'type': 'string', 'maxLength': 100, 'description': 'Third address line.', 'example': 'Madhya Marg'}, 'pincode': {'type': 'string', 'minLength': 3, 'maxLength': 11, 'description': 'Postal code.', 'example': '160017'}, 'city': {'type': 'string', 'maxLength': 50, 'description': 'City.', 'example': 'CHANDIGARH'}, 'state': {'type': 'string', 'maxLength': 50, 'description': 'State.', 'example': 'PUNJAB'}, 'country': {'type': 'string', 'maxLength': 50, 'description': 'Country.', 'example': 'INDIA'}, 'full_name': {'type': 'string', 'maxLength': 100, 'description': 'Name of the person at this address.', 'example': 'Kevin Bob'}, 'adddress_type': {'type': 'string', 'maxLength': 50, 'description': "Kind of address (Home, Office), under the key as Plural spells it (three d's).", 'example': 'Home'}, 'address_category': {'type': 'string', 'description': 'Whether this is the billing or the shipping address.', 'enum': ['billing', 'shipping'], 'example': 'billing'}}, 'additionalProperties': False}, 'shipping_address': {'type': 'object', 'description': 'A billing or shipping address. Shared by requests and responses, so unknown fields are accepted.', 'properties': {'address1': {'type': 'string', 'maxLength': 100, 'description': 'First address line.', 'example': 'H.No 15, Sector 17'}, 'address2': {'type': 'string', 'maxLength': 100, 'description': 'Second address line.', 'example': 'Near Rose Garden'}, 'address3': {'type': 'string', 'maxLength': 100, 'description': 'Third address line.', 'example': 'Madhya Marg'}, 'pincode': {'type': 'string', 'minLength': 3, 'maxLength': 11, 'description': 'Postal code.', 'example': '160017'}, 'city': {'type': 'string', 'maxLength': 50, 'description': 'City.', 'example': 'CHANDIGARH'}, 'state': {'type': 'string', 'maxLength': 50, 'description': 'State.', 'example': 'PUNJAB'}, 'country': {'type': 'string', 'maxLength': 50, 'description': 'Country.', 'example': 'INDIA'}, 'full_name': {'type': 'string', 'maxLength': 100, 'description': 'Name of the person at this address.', 'example': 'Kevin Bob'}, 'adddress_type': {'type': 'string', 'maxLength': 50, 'description': "Kind of address (Home, Office), under the key as Plural spells it (three d's).", 'example': 'Home'}, 'address_category': {'type': 'string', 'description': 'Whether this is the billing or the shipping address.', 'enum': ['billing', 'shipping'], 'example': 'billing'}}, 'additionalProperties': False}, 'gstin': {'type': 'string', 'pattern': '^[0-9]{2}[0-9A-Z]{13}$', 'description': "The customer's GSTIN: 15 characters, two digits (the state) then capital letters and digits.", 'example': '29ABCDE1234F1Z5'}, 'merchant_metadata': {'type': 'object', 'description': "Up to 10 key-value pairs of the merchant's own, each value at most 256 characters.", 'maxProperties': 10, 'additionalProperties': {'type': 'string', 'maxLength': 256}, 'example': {'key1': 'DD', 'key2': 'XOF'}}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "merchant_customer_reference" in data_keys:
            data_keys.remove("merchant_customer_reference")
            data__merchantcustomerreference = data["merchant_customer_reference"]
            validate___components_schemas_merchantreference(data__merchantcustomerreference, custom_formats, (name_prefix or "data") + ".merchant_customer_reference")
        if "first_name" in data_keys:
            data_keys.remove("first_name")
            data__firstname = data["first_name"]
            if not isinstance(data__firstname, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".first_name must be string", value=data__firstname, name="" + (name_prefix or "data") + ".first_name", definition={'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': 'First name.', 'example': 'Kevin'}, rule='type')
            if isinstance(data__firstname, str):
                data__firstname_len = len(data__firstname)
                if data__firstname_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".first_name must be longer than or equal to 1 characters", value=data__firstname, name="" + (name_prefix or "data") + ".first_name", definition={'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': 'First name.', 'example': 'Kevin'}, rule='minLength')
                if data__firstname_len > 50:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".first_name must be shorter than or equal to 50 characters", value=data__firstname, name="" + (name_prefix or "data") + ".first_name", definition={'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': 'First name.', 'example': 'Kevin'}, rule='maxLength')
        if "last_name" in data_keys:
            data_keys.remove("last_name")
            data__lastname = data["last_name"]
            if not isinstance(data__lastname, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".last_name must be string", value=data__lastname, name="" + (name_prefix or "data") + ".last_name", definition={'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': 'Last name.', 'example': 'Bob'}, rule='type')
            if isinstance(data__lastname, str):
                data__lastname_len = len(data__lastname)
                if data__lastname_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".last_name must be longer than or equal to 1 characters", value=data__lastname, name="" + (name_prefix or "data") + ".last_name", definition={'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': 'Last name.', 'example': 'Bob'}, rule='minLength')
                if data__lastname_len > 50:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".last_name must be shorter than or equal to 50 characters", value=data__lastname, name="" + (name_prefix or "data") + ".last_name", definition={'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': 'Last name.', 'example': 'Bob'}, rule='maxLength')
        if "country_code" in data_keys:
            data_keys.remove("country_code")
            data__countrycode = data["country_code"]
            if not isinstance(data__countrycode, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".country_code must be string", value=data__countrycode, name="" + (name_prefix or "data") + ".country_code", definition={'type': 'string', 'pattern': '^\\+?[0-9]{1,4}$', 'description': 'Country calling code of the mobile number, up to 4 digits with an optional leading `+`; 91 when not given.', 'example': '91'}, rule='type')
            if isinstance(data__countrycode, str):
                if not REGEX_PATTERNS['^\\+?[0-9]{1,4}$'].search(data__countrycode):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".country_code must match pattern ^\\+?[0-9]{1,4}$", value=data__countrycode, name="" + (name_prefix or "data") + ".country_code", definition={'type': 'string', 'pattern': '^\\+?[0-9]{1,4}$', 'description': 'Country calling code of the mobile number, up to 4 digits with an optional leading `+`; 91 when not given.', 'example': '91'}, rule='pattern')
        if "mobile_number" in data_keys:
            data_keys.remove("mobile_number")
            data__mobilenumber = data["mobile_number"]
            if not isinstance(data__mobilenumber, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mobile_number must be string", value=data__mobilenumber, name="" + (name_prefix or "data") + ".mobile_number", definition={'type': 'string', 'pattern': '^[0-9]{9,20}$', 'description': 'Mobile number, 9 to 20 digits.', 'example': '9876543210'}, rule='type')
            if isinstance(data__mobilenumber, str):
                if not REGEX_PATTERNS['^[0-9]{9,20}$'].search(data__mobilenumber):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".mobile_number must match pattern ^[0-9]{9,20}$", value=data__mobilenumber, name="" + (name_prefix or "data") + ".mobile_number", definition={'type': 'string', 'pattern': '^[0-9]{9,20}$', 'description': 'Mobile number, 9 to 20 digits.', 'example': '9876543210'}, rule='pattern')
        if "email_id" in data_keys:
            data_keys.remove("email_id")
            data__emailid = data["email_id"]
            if not isinstance(data__emailid, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".email_id must be string", value=data__emailid, name="" + (name_prefix or "data") + ".email_id", definition={'type': 'string', 'maxLength': 50, 'description': 'Email address.', 'example': 'kevin.bob@example.com'}, rule='type')
            if isinstance(data__emailid, str):
                data__emailid_len = len(data__emailid)
                if data__emailid_len > 50:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".email_id must be shorter than or equal to 50 characters", value=data__emailid, name="" + (name_prefix or "data") + ".email_id", definition={'type': 'string', 'maxLength': 50, 'description': 'Email address.', 'example': 'kevin.bob@example.com'}, rule='maxLength')
        if "billing_address" in data_keys:
            data_keys.remove("billing_address")
            data__billingaddress = data["billing_address"]
            validate___components_schemas_address(data__billingaddress, custom_formats, (name_prefix or "data") + ".billing_address")
        if "shipping_address" in data_keys:
            data_keys.remove("shipping_address")
            data__shippingaddress = data["shipping_address"]
            validate___components_schemas_address(data__shippingaddress, custom_formats, (name_prefix or "data") + ".shipping_address")
        if "gstin" in data_keys:
            data_keys.remove("gstin")
            data__gstin = data["gstin"]
            if not isinstance(data__gstin, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".gstin must be string", value=data__gstin, name="" + (name_prefix or "data") + ".gstin", definition={'type': 'string', 'pattern': '^[0-9]{2}[0-9A-Z]{13}$', 'description': "The customer's GSTIN: 15 characters, two digits (the state) then capital letters and digits.", 'example': '29ABCDE1234F1Z5'}, rule='type')
            if isinstance(data__gstin, str):
                if not REGEX_PATTERNS['^[0-9]{2}[0-9A-Z]{13}$'].search(data__gstin):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".gstin must match pattern ^[0-9]{2}[0-9A-Z]{13}$", value=data__gstin, name="" + (name_prefix or "data") + ".gstin", definition={'type': 'string', 'pattern': '^[0-9]{2}[0-9A-Z]{13}$', 'description': "The customer's GSTIN: 15 characters, two digits (the state) then capital letters and digits.", 'example': '29ABCDE1234F1Z5'}, rule='pattern')
        if "merchant_metadata" in data_keys:
            data_keys.remove("merchant_metadata")
            data__merchantmetadata = data["merchant_metadata"]
            validate___components_schemas_merchantmetadata(data__merchantmetadata, custom_formats, (name_prefix or "data") + ".merchant_metadata")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'A new customer profile; give merchant_customer_reference, or mobile_number (with country_code), or both.', 'additionalProperties': False, 'properties': {'merchant_customer_reference': {'type': 'string', 'description': "A merchant's own reference, 1 to 50 of letters, digits, `_` and `-`. Plural's idempotency key for the resource it names.", 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9_-]+$', 'example': 'f4548bbf-a029-43d3-9209-e3385c80b1e9'}, 'first_name': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': 'First name.', 'example': 'Kevin'}, 'last_name': {'type': 'string', 'minLength': 1, 'maxLength': 50, 'description': 'Last name.', 'example': 'Bob'}, 'country_code': {'type': 'string', 'pattern': '^\\+?[0-9]{1,4}$', 'description': 'Country calling code of the mobile number, up to 4 digits with an optional leading `+`; 91 when not given.', 'example': '91'}, 'mobile_number': {'type': 'string', 'pattern': '^[0-9]{9,20}$', 'description': 'Mobile number, 9 to 20 digits.', 'example': '9876543210'}, 'email_id': {'type': 'string', 'maxLength': 50, 'description': 'Email address.', 'example': 'kevin.bob@example.com'}, 'billing_address': {'type': 'object', 'description': 'A billing or shipping address. Shared by requests and responses, so unknown fields are accepted.', 'properties': {'address1': {'type': 'string', 'maxLength': 100, 'description': 'First address line.', 'example': 'H.No 15, Sector 17'}, 'address2': {'type': 'string', 'maxLength': 100, 'description': 'Second address line.', 'example': 'Near Rose Garden'}, 'address3': {'type': 'string', 'maxLength': 100, 'description': 'Third address line.', 'example': 'Madhya Marg'}, 'pincode': {'type': 'string', 'minLength': 3, 'maxLength': 11, 'description': 'Postal code.', 'example': '160017'}, 'city': {'type': 'string', 'maxLength': 50, 'description': 'City.', 'example': 'CHANDIGARH'}, 'state': {'type': 'string', 'maxLength': 50, 'description': 'State.', 'example': 'PUNJAB'}, 'country': {'type': 'string', 'maxLength': 50, 'description': 'Country.', 'example': 'INDIA'}, 'full_name': {'type': 'string', 'maxLength': 100, 'description': 'Name of the person at this address.', 'example': 'Kevin Bob'}, 'adddress_type': {'type': 'string', 'maxLength': 50, 'description': "Kind of address (Home, Office), under the key as Plural spells it (three d's).", 'example': 'Home'}, 'address_category': {'type': 'string', 'description': 'Whether this is the billing or the shipping address.', 'enum': ['billing', 'shipping'], 'example': 'billing'}}, 'additionalProperties': False}, 'shipping_address': {'type': 'object', 'description': 'A billing or shipping address. Shared by requests and responses, so unknown fields are accepted.', 'properties': {'address1': {'type': 'string', 'maxLength': 100, 'description': 'First address line.', 'example': 'H.No 15, Sector 17'}, 'address2': {'type': 'string', 'maxLength': 100, 'description': 'Second address line.', 'example': 'Near Rose Garden'}, 'address3': {'type': 'string', 'maxLength': 100, 'description': 'Third address line.', 'example': 'Madhya Marg'}, 'pincode': {'type': 'string', 'minLength': 3, 'maxLength': 11, 'description': 'Postal code.', 'example': '160017'}, 'city': {'type': 'string', 'maxLength': 50, 'description': 'City.', 'example': 'CHANDIGARH'}, 'state': {'type': 'string', 'maxLength': 50, 'description': 'State.', 'example': 'PUNJAB'}, 'country': {'type': 'string', 'maxLength': 50, 'description': 'Country.', 'example': 'INDIA'}, 'full_name': {'type': 'string', 'maxLength': 100, 'description': 'Name of the person at this address.', 'example': 'Kevin Bob'}, 'adddress_type': {'type': 'string', 'maxLength': 50, 'description': "Kind of address (Home, Office), under the key as Plural spells it (three d's).", 'example': 'Home'}, 'address_category': {'type': 'string', 'description': 'Whether this is the billing or the shipping address.', 'enum': ['billing', 'shipping'], 'example': 'billing'}}, 'additionalProperties': False}, 'gstin': {'type': 'string', 'pattern': '^[0-9]{2}[0-9A-Z]{13}$', 'description': "The customer's GSTIN: 15 characters, two digits (the state) then capital letters and digits.", 'example': '29ABCDE1234F1Z5'}, 'merchant_metadata': {'type': 'object', 'description': "Up to 10 key-value pairs of the merchant's own, each value at most 256 characters.", 'maxProperties': 10, 'additionalProperties': {'type': 'string', 'maxLength': 256}, 'example': {'key1': 'DD', 'key2': 'XOF'}}}}, rule='additionalProperties')
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
# Written by `make generate` (scripts/compile_rules.py) from the spec: do not edit.
VERSION = "2.22.3"
from decimal import Decimal
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


NoneType = type(None)

def validate(data, custom_formats={}, name_prefix=None):
    validate___components_x_plural_request(data, custom_formats, (name_prefix or "data") + "")
    return data

def validate___components_x_plural_request(data, custom_formats={}, name_prefix=None):
    validate___components_schemas_tokenrequest(data, custom_formats, (name_prefix or "data") + "")
    return data

def validate___components_schemas_tokenrequest(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'Client credentials for an access token.', 'required': ['client_id', 'client_secret', 'grant_type'], 'additionalProperties': False, 'properties': {'client_id': {'type': 'string', 'minLength': 1, 'maxLength': 100, 'description': 'The client id given at onboarding.', 'example': 'a17ce30e-f88e-4f81-ada1-c3b4909ed232'}, 'client_secret': {'type': 'string', 'minLength': 1, 'maxLength': 200, 'description': 'The client secret given at onboarding. Never logged.', 'example': 'fgwei7egyhuggwp39w8rh'}, 'grant_type': {'type': 'string', 'description': 'The OAuth grant; Plural supports client credentials only.', 'enum': ['client_credentials'], 'example': 'client_credentials'}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['client_id', 'client_secret', 'grant_type']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'Client credentials for an access token.', 'required': ['client_id', 'client_secret', 'grant_type'], 'additionalProperties': False, 'properties': {'client_id': {'type': 'string', 'minLength': 1, 'maxLength': 100, 'description': 'The client id given at onboarding.', 'example': 'a17ce30e-f88e-4f81-ada1-c3b4909ed232'}, 'client_secret': {'type': 'string', 'minLength': 1, 'maxLength': 200, 'description': 'The client secret given at onboarding. Never logged.', 'example': 'fgwei7egyhuggwp39w8rh'}, 'grant_type': {'type': 'string', 'description': 'The OAuth grant; Plural supports client credentials only.', 'enum': ['client_credentials'], 'example': 'client_credentials'}}}, rule='required')
        data_keys = set(data.keys())
        if "client_id" in data_keys:
            data_keys.remove("client_id")
            data__clientid = data["client_id"]
            if not isinstance(data__clientid, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".client_id must be string", value=data__clientid, name="" + (name_prefix or "data") + ".client_id", definition={'type': 'string', 'minLength': 1, 'maxLength': 100, 'description': 'The client id given at onboarding.', 'example': 'a17ce30e-f88e-4f81-ada1-c3b4909ed232'}, rule='type')
            if isinstance(data__clientid, str):
                data__clientid_len = len(data__clientid)
                if data__clientid_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".client_id must be longer than or equal to 1 characters", value=data__clientid, name="" + (name_prefix or "data") + ".client_id", definition={'type': 'string', 'minLength': 1, 'maxLength': 100, 'description': 'The client id given at onboarding.', 'example': 'a17ce30e-f88e-4f81-ada1-c3b4909ed232'}, rule='minLength')
                if data__clientid_len > 100:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".client_id must be shorter than or equal to 100 characters", value=data__clientid, name="" + (name_prefix or "data") + ".client_id", definition={'type': 'string', 'minLength': 1, 'maxLength': 100, 'description': 'The client id given at onboarding.', 'example': 'a17ce30e-f88e-4f81-ada1-c3b4909ed232'}, rule='maxLength')
        if "client_secret" in data_keys:
            data_keys.remove("client_secret")
            data__clientsecret = data["client_secret"]
            if not isinstance(data__clientsecret, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".client_secret must be string", value=data__clientsecret, name="" + (name_prefix or "data") + ".client_secret", definition={'type': 'string', 'minLength': 1, 'maxLength': 200, 'description': 'The client secret given at onboarding. Never logged.', 'example': 'fgwei7egyhuggwp39w8rh'}, rule='type')
            if isinstance(data__clientsecret, str):
                data__clientsecret_len = len(data__clientsecret)
                if data__clientsecret_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".client_secret must be longer than or equal to 1 characters", value=data__clientsecret, name="" + (name_prefix or "data") + ".client_secret", definition={'type': 'string', 'minLength': 1, 'maxLength': 200, 'description': 'The client secret given at onboarding. Never logged.', 'example': 'fgwei7egyhuggwp39w8rh'}, rule='minLength')
                if data__clientsecret_len > 200:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".client_secret must be shorter than or equal to 200 characters", value=data__clientsecret, name="" + (name_prefix or "data") + ".client_secret", definition={'type': 'string', 'minLength': 1, 'maxLength': 200, 'description': 'The client secret given at onboarding. Never logged.', 'example': 'fgwei7egyhuggwp39w8rh'}, rule='maxLength')
        if "grant_type" in data_keys:
            data_keys.remove("grant_type")
            data__granttype = data["grant_type"]
            validate___components_schemas_granttype(data__granttype, custom_formats, (name_prefix or "data") + ".grant_type")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'description': 'Client credentials for an access token.', 'required': ['client_id', 'client_secret', 'grant_type'], 'additionalProperties': False, 'properties': {'client_id': {'type': 'string', 'minLength': 1, 'maxLength': 100, 'description': 'The client id given at onboarding.', 'example': 'a17ce30e-f88e-4f81-ada1-c3b4909ed232'}, 'client_secret': {'type': 'string', 'minLength': 1, 'maxLength': 200, 'description': 'The client secret given at onboarding. Never logged.', 'example': 'fgwei7egyhuggwp39w8rh'}, 'grant_type': {'type': 'string', 'description': 'The OAuth grant; Plural supports client credentials only.', 'enum': ['client_credentials'], 'example': 'client_credentials'}}}, rule='additionalProperties')
    return data

def validate___components_schemas_granttype(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'description': 'The OAuth grant; Plural supports client credentials only.', 'enum': ['client_credentials'], 'example': 'client_credentials'}, rule='type')
    if not (isinstance(data, str) and data == 'client_credentials'):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be one of ['client_credentials']", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'description': 'The OAuth grant; Plural supports client credentials only.', 'enum': ['client_credentials'], 'example': 'client_credentials'}, rule='enum')
    return data
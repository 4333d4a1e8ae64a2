# Written by `make generate` (scripts/compile_rules.py) from the spec: do not edit.
VERSION = "2.22.3"
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


REGEX_PATTERNS = {
    'date-time_re_pattern': re.compile('^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)(t|T)(?:[01]\\d|2[0-3]):[0-5]\\d:(?:[0-5]\\d|60)(?:\\.\\d+)?(?:[+-](?:[01]\\d|2[0-3]):[0-5]\\d|[+-](?:[01]\\d|2[0-3])[0-5]\\d|z|Z)\\Z'),
    '^[A-Za-z0-9._-]+$': re.compile('^[A-Za-z0-9._-]+\\Z')
}

NoneType = type(None)

def validate(data, custom_formats={}, name_prefix=None):
    validate___components_x_plural_request(data, custom_formats, (name_prefix or "data") + "")
    return data

def validate___components_x_plural_request(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'plan_id': {'type': 'string', 'description': 'An id Plural gave a plan, subscription or presentation; 1 to 50 letters, digits, `.`, `_` or `-`.', 'minLength': 1, 'maxLength': 50, 'pattern': '^[A-Za-z0-9._-]+$'}, 'status': {'type': 'string', 'description': 'Where a subscription is in its life cycle (TRIAL, ACTIVE, PAUSED, DEBIT_FAILED, CANCELLED, ...).', 'enum': ['CREATED', 'TRIAL', 'ACTIVE', 'PAUSED', 'RESUMING', 'RESUMED', 'DEBIT_FAILED', 'UPDATING', 'COMPLETED', 'EXPIRED', 'CANCELLED', 'CANCELLING', 'HALTED', 'INACTIVE']}, 'amount': {'type': 'integer', 'minimum': 0}, 'amount_range': {'type': 'string', 'description': "How a list filter's `amount` compares with the records' amounts.", 'enum': ['isMore', 'isLess', 'isEqual']}, 'start_date': {'type': 'string', 'format': 'date-time'}, 'end_date': {'type': 'string', 'format': 'date-time'}, 'size': {'type': 'integer', 'minimum': 1, 'maximum': 1000}, 'page': {'type': 'integer', 'minimum': 0}, 'sort': {'type': 'string', 'maxLength': 100}, 'frequency': {'type': 'string', 'description': 'How often a plan bills: a calendar period, AS (as and when presented), OT (one time) or Not Applicable.', 'enum': ['Day', 'Week', 'Month', 'Year', 'Bi-Monthly', 'Quarterly', 'Half-Yearly', 'AS', 'OT', 'Not Applicable']}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "plan_id" in data_keys:
            data_keys.remove("plan_id")
            data__planid = data["plan_id"]
            validate___components_schemas_subscriptionentityid(data__planid, custom_formats, (name_prefix or "data") + ".plan_id")
        if "status" in data_keys:
            data_keys.remove("status")
            data__status = data["status"]
            validate___components_schemas_subscriptionstatus(data__status, custom_formats, (name_prefix or "data") + ".status")
        if "amount" in data_keys:
            data_keys.remove("amount")
            data__amount = data["amount"]
            if not isinstance(data__amount, (int)) or isinstance(data__amount, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".amount must be integer", value=data__amount, name="" + (name_prefix or "data") + ".amount", definition={'type': 'integer', 'minimum': 0}, rule='type')
            if isinstance(data__amount, (int, float, Decimal)) and not isinstance(data__amount, bool):
                if data__amount < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".amount must be bigger than or equal to 0", value=data__amount, name="" + (name_prefix or "data") + ".amount", definition={'type': 'integer', 'minimum': 0}, rule='minimum')
        if "amount_range" in data_keys:
            data_keys.remove("amount_range")
            data__amountrange = data["amount_range"]
            validate___components_schemas_subscriptionamountrange(data__amountrange, custom_formats, (name_prefix or "data") + ".amount_range")
        if "start_date" in data_keys:
            data_keys.remove("start_date")
            data__startdate = data["start_date"]
            if not isinstance(data__startdate, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".start_date must be string", value=data__startdate, name="" + (name_prefix or "data") + ".start_date", definition={'type': 'string', 'format': 'date-time'}, rule='type')
            if isinstance(data__startdate, str):
                if not REGEX_PATTERNS["date-time_re_pattern"].match(data__startdate):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".start_date must be date-time", value=data__startdate, name="" + (name_prefix or "data") + ".start_date", definition={'type': 'string', 'format': 'date-time'}, rule='format')
        if "end_date" in data_keys:
            data_keys.remove("end_date")
            data__enddate = data["end_date"]
            if not isinstance(data__enddate, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".end_date must be string", value=data__enddate, name="" + (name_prefix or "data") + ".end_date", definition={'type': 'string', 'format': 'date-time'}, rule='type')
            if isinstance(data__enddate, str):
                if not REGEX_PATTERNS["date-time_re_pattern"].match(data__enddate):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".end_date must be date-time", value=data__enddate, name="" + (name_prefix or "data") + ".end_date", definition={'type': 'string', 'format': 'date-time'}, rule='format')
        if "size" in data_keys:
            data_keys.remove("size")
            data__size = data["size"]
            if not isinstance(data__size, (int)) or isinstance(data__size, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".size must be integer", value=data__size, name="" + (name_prefix or "data") + ".size", definition={'type': 'integer', 'minimum': 1, 'maximum': 1000}, rule='type')
            if isinstance(data__size, (int, float, Decimal)) and not isinstance(data__size, bool):
                if data__size < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".size must be bigger than or equal to 1", value=data__size, name="" + (name_prefix or "data") + ".size", definition={'type': 'integer', 'minimum': 1, 'maximum': 1000}, rule='minimum')
                if data__size > 1000:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".size must be smaller than or equal to 1000", value=data__size, name="" + (name_prefix or "data") + ".size", definition={'type': 'integer', 'minimum': 1, 'maximum': 1000}, rule='maximum')
        if "page" in data_keys:
            data_keys.remove("page")
            data__page = data["page"]
            if not isinstance(data__page, (int)) or isinstance(data__page, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".page must be integer", value=data__page, name="" + (name_prefix or "data") + ".page", definition={'type': 'integer', 'minimum': 0}, rule='type')
            if isinstance(data__page, (int, float, Decimal)) and not isinstance(data__page, bool):
                if data__page < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".page must be bigger than or equal to 0", value=data__page, name="" + (name_prefix or "data") + ".page", definition={'type': 'integer', 'minimum': 0}, rule='minimum')
        if "sort" in data_keys:
            data_keys.remove("sort")
            data__sort = data["sort"]
            if not isinstance(data__sort, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".sort must be string", value=data__sort, name="" + (name_prefix or "data") + ".sort", definition={'type': 'string', 'maxLength': 100}, rule='type')
            if isinstance(data__sort, str):
                data__sort_len = len(data__sort)
                if data__sort_len > 100:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".sort must be shorter than or equal to 100 characters", value=data__sort, name="" + (name_prefix or "data") + ".sort", definition={'type': 'string', 'maxLength': 100}, rule='maxLength')
        if "frequency" in data_keys:
            data_keys.remove("frequency")
            data__frequency = data["frequency"]
            validate___components_schemas_planfrequency(data__frequency, custom_formats, (name_prefix or "data") + ".frequency")
    return data

def validate___components_schemas_planfrequency(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'description': 'How often a plan bills: a calendar period, AS (as and when presented), OT (one time) or Not Applicable.', 'enum': ['Day', 'Week', 'Month', 'Year', 'Bi-Monthly', 'Quarterly', 'Half-Yearly', 'AS', 'OT', 'Not Applicable']}, rule='type')
    if not (isinstance(data, str) and data == 'Day' or isinstance(data, str) and data == 'Week' or isinstance(data, str) and data == 'Month' or isinstance(data, str) and data == 'Year' or isinstance(data, str) and data == 'Bi-Monthly' or isinstance(data, str) and data == 'Quarterly' or isinstance(data, str) and data == 'Half-Yearly' or isinstance(data, str) and data == 'AS' or isinstance(data, str) and data == 'OT' or isinstance(data, str) and data == 'Not Applicable'):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be one of ['Day', 'Week', 'Month', 'Year', 'Bi-Monthly', 'Quarterly', 'Half-Yearly', 'AS', 'OT', 'Not Applicable']", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'description': 'How often a plan bills: a calendar period, AS (as and when presented), OT (one time) or Not Applicable.', 'enum': ['Day', 'Week', 'Month', 'Year', 'Bi-Monthly', 'Quarterly', 'Half-Yearly', 'AS', 'OT', 'Not Applicable']}, rule='enum')
    return data

def validate___components_schemas_subscriptionamountrange(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'description': "How a list filter's `amount` compares with the records' amounts.", 'enum': ['isMore', 'isLess', 'isEqual']}, rule='type')
    if not (isinstance(data, str) and data == 'isMore' or isinstance(data, str) and data == 'isLess' or isinstance(data, str) and data == 'isEqual'):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be one of ['isMore', 'isLess', 'isEqual']", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'description': "How a list filter's `amount` compares with the records' amounts.", 'enum': ['isMore', 'isLess', 'isEqual']}, rule='enum')
    return data

def validate___components_schemas_subscriptionstatus(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'description': 'Where a subscription is in its life cycle (TRIAL, ACTIVE, PAUSED, DEBIT_FAILED, CANCELLED, ...).', 'enum': ['CREATED', 'TRIAL', 'ACTIVE', 'PAUSED', 'RESUMING', 'RESUMED', 'DEBIT_FAILED', 'UPDATING', 'COMPLETED', 'EXPIRED', 'CANCELLED', 'CANCELLING', 'HALTED', 'INACTIVE']}, rule='type')
    if not (isinstance(data, str) and data == 'CREATED' or isinstance(data, str) and data == 'TRIAL' or isinstance(data, str) and data == 'ACTIVE' or isinstance(data, str) and data == 'PAUSED' or isinstance(data, str) and data == 'RESUMING' or isinstance(data, str) and data == 'RESUMED' or isinstance(data, str) and data == 'DEBIT_FAILED' or isinstance(data, str) and data == 'UPDATING' or isinstance(data, str) and data == 'COMPLETED' or isinstance(data, str) and data == 'EXPIRED' or isinstance(data, str) and data == 'CANCELLED' or isinstance(data, str) and data == 'CANCELLING' or isinstance(data, str) and data == 'HALTED' or isinstance(data, str) and data == 'INACTIVE'):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be one of ['CREATED', 'TRIAL', 'ACTIVE', 'PAUSED', 'RESUMING', 'RESUMED', 'DEBIT_FAILED', 'UPDATING', 'COMPLETED', 'EXPIRED', 'CANCELLED', 'CANCELLING', 'HALTED', 'INACTIVE']", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'description': 'Where a subscription is in its life cycle (TRIAL, ACTIVE, PAUSED, DEBIT_FAILED, CANCELLED, ...).', 'enum': ['CREATED', 'TRIAL', 'ACTIVE', 'PAUSED', 'RESUMING', 'RESUMED', 'DEBIT_FAILED', 'UPDATING', 'COMPLETED', 'EXPIRED', 'CANCELLED', 'CANCELLING', 'HALTED', 'INACTIVE']}, rule='enum')
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
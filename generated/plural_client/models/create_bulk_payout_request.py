from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define

from .. import types
from ..errors import RequestValidationError, unknown_field
from ..types import (
    File,
    as_object,
)

T = TypeVar("T", bound="CreateBulkPayoutRequest")

_FIELDS: frozenset[str] = frozenset(("file",))


@_attrs_define
class CreateBulkPayoutRequest:
    """A file of payouts to create, sent as multipart/form-data."""

    file: File
    """ The file of beneficiary account details and amounts, one payout per row. """

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "file": file,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = (
            src_dict
            if src_dict.__class__ is dict
            else as_object(src_dict, "CreateBulkPayoutRequest")
        )
        if not _FIELDS.issuperset(d):
            raise unknown_field("CreateBulkPayoutRequest", d, _FIELDS)
        try:
            file = d["file"]
        except KeyError as missing:
            raise RequestValidationError(str(missing.args[0]), "is required") from None
        file = File(payload=BytesIO(file))

        create_bulk_payout_request = cls(
            file,
        )
        return create_bulk_payout_request

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from users import User  # нужен только программе проверки типов


class Order:
    def __init__(self, user: User, item: str) -> None:
        self.user = user
        self.item = item

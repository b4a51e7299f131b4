import pytest


@pytest.fixture
def prices():
    """Цены товаров: нужны тестам из разных файлов."""
    return {"хлеб": 50, "молоко": 90}

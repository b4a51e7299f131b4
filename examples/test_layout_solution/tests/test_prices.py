import unittest

from shop.prices import discounted


class TestDiscounted(unittest.TestCase):
    def test_ten_percent(self):
        self.assertEqual(discounted(1000, 10), 900)

    def test_no_discount(self):
        self.assertEqual(discounted(499, 0), 499)


if __name__ == "__main__":
    unittest.main()

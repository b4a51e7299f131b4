import unittest


class TestStrings(unittest.TestCase):
    def test_upper(self):
        self.assertEqual("да".upper(), "ДА")

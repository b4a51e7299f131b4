import unittest


class TestMath(unittest.TestCase):
    def test_add(self):
        self.assertEqual(2 + 2, 4)

import unittest


class TestMath(unittest.TestCase):
    def test_square(self):
        self.assertEqual(3 ** 2, 9)

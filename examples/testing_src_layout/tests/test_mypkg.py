import unittest

import mypkg


class TestAdd(unittest.TestCase):
    def test_add(self):
        self.assertEqual(mypkg.add(2, 3), 5)

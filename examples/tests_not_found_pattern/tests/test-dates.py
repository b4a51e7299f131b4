import datetime
import unittest


class TestDates(unittest.TestCase):
    def test_year(self):
        self.assertEqual(datetime.date(2024, 5, 1).year, 2024)

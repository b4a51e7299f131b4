import unittest


class TestReport(unittest.TestCase):
    def test_title(self):
        self.assertEqual("отчёт".title(), "Отчёт")

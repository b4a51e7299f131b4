"""Отчёт о продажах по месяцам."""
from app.sales import SALES, totals_by_month


def main():
    for month, total in totals_by_month(SALES).items():
        print(f"{month:<10}{total:>6}")
    print(f"{'всего':<10}{sum(amount for _, amount in SALES):>6}")


if __name__ == "__main__":
    main()

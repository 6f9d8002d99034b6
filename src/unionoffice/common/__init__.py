"""Building blocks every area uses: validation, money, pinyin, the clock engine."""

package com.digitalbank.banking.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

import com.digitalbank.banking.account.Account;
import com.digitalbank.banking.account.AccountId;
import com.digitalbank.banking.account.AccountStatus;
import com.digitalbank.banking.account.AccountType;
import com.digitalbank.banking.account.AccountManagement;
import com.digitalbank.banking.transfer.TransferCommand;
import com.digitalbank.banking.transfer.TransferId;
import com.digitalbank.banking.transfer.TransferKind;
import com.digitalbank.banking.transfer.TransferManagement;
import com.digitalbank.banking.transfer.TransferRejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo bank under {@code ./dev up}: user-123 and user-456 with funded MXN accounts,
 * user-789 (user-123's landlord, a beneficiary in crm's demo data) with one, the merchant
 * settlement account, and a few transfers so history is not empty. Safe to run again.
 */
@Component
@Profile("local")
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private record DemoAccount(String id, String user, AccountType type, String balance, String number) {
	}

	private static final List<DemoAccount> ACCOUNTS = List.of(
			new DemoAccount("acc-123-checking", "user-123", AccountType.CHECKING, "25000.00", "1234561001"),
			new DemoAccount("acc-123-savings", "user-123", AccountType.SAVINGS, "50000.00", "1234561002"),
			new DemoAccount("acc-456-checking", "user-456", AccountType.CHECKING, "15000.00", "4564561001"),
			new DemoAccount("acc-456-savings", "user-456", AccountType.SAVINGS, "30000.00", "4564561002"),
			new DemoAccount("acc-789-checking", "user-789", AccountType.CHECKING, "10000.00", "7894561001"),
			new DemoAccount("acc-merchant-settlement", "merchant-settlement", AccountType.SETTLEMENT, "1000000.00",
					"9999990001"));

	private final AccountManagement accounts;

	private final TransferManagement transfers;

	private final Clock clock;

	DemoData(AccountManagement accounts, TransferManagement transfers, Clock clock) {
		this.accounts = accounts;
		this.transfers = transfers;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		int created = 0;
		for (DemoAccount demo : ACCOUNTS) {
			BigDecimal balance = new BigDecimal(demo.balance());
			if (accounts
				.openIfAbsent(new Account(new AccountId(demo.id()), demo.user(), demo.type(), "MXN", balance, balance,
						AccountStatus.ACTIVE, 0, demo.number(), Clabe.forAccount(demo.number()), clock.instant()))) {
				created++;
			}
		}
		transfer("demo-rent", "user-123", "acc-123-checking", "acc-789-checking", "8500.00", "Renta de noviembre");
		transfer("demo-savings", "user-123", "acc-123-checking", "acc-123-savings", "2000.00", "Ahorro mensual");
		transfer("demo-dinner", "user-456", "acc-456-checking", "acc-123-checking", "450.50", "Cena");
		log.info("Demo bank ready: {} accounts created", created);
	}

	/** Under a fixed id, so that a second start finds it made. */
	private void transfer(String id, String user, String from, String to, String amount, String description) {
		try {
			transfers.transfer(new TransferCommand(new TransferId(id), TransferKind.TRANSFER, user, new AccountId(from),
					new AccountId(to), new BigDecimal(amount), "MXN", description));
		}
		catch (TransferRejectedException.DuplicateTransfer alreadyThere) {
			// Demo data from an earlier start.
		}
	}

}

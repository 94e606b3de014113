package com.digitalbank.crm.beneficiary;

import com.digitalbank.platform.problem.BusinessException;
import com.digitalbank.platform.problem.ErrorKind;

/** The outcomes that refuse a beneficiary as given, each with its stable code. */
public abstract sealed class BeneficiaryRejectedException extends BusinessException {

	BeneficiaryRejectedException(ErrorKind kind, String code, String detail) {
		super(kind, code, detail);
	}

	public static final class InvalidClabe extends BeneficiaryRejectedException {

		public InvalidClabe(String detail) {
			super(ErrorKind.INVALID, "INVALID_CLABE", detail);
		}

	}

	public static final class UnknownBank extends BeneficiaryRejectedException {

		public UnknownBank(String code) {
			super(ErrorKind.INVALID, "UNKNOWN_BANK", "No Mexican bank has the code " + code + " a CLABE starts with.");
		}

	}

	public static final class DestinationRequired extends BeneficiaryRejectedException {

		public DestinationRequired() {
			super(ErrorKind.INVALID, "DESTINATION_REQUIRED",
					"A beneficiary needs a CLABE, an accountId with us, or both.");
		}

	}

	public static final class DuplicateAlias extends BeneficiaryRejectedException {

		public DuplicateAlias(String alias) {
			super(ErrorKind.INVALID, "DUPLICATE_ALIAS",
					"The alias '" + alias + "' is given twice (aliases are compared without case or accents).");
		}

	}

	public static final class InvalidAlias extends BeneficiaryRejectedException {

		public InvalidAlias() {
			super(ErrorKind.INVALID, "INVALID_ALIAS", "An alias needs a letter or a digit.");
		}

	}

	public static final class AliasTaken extends BeneficiaryRejectedException {

		public AliasTaken(String alias) {
			super(ErrorKind.CONFLICT, "ALIAS_TAKEN",
					"Another of your beneficiaries is already called '" + alias + "'.");
		}

	}

	public static final class ClabeTaken extends BeneficiaryRejectedException {

		public ClabeTaken() {
			super(ErrorKind.CONFLICT, "CLABE_TAKEN", "You already have a beneficiary with this CLABE.");
		}

	}

	public static final class LimitReached extends BeneficiaryRejectedException {

		public LimitReached() {
			super(ErrorKind.CONFLICT, "BENEFICIARY_LIMIT_REACHED",
					"You have as many beneficiaries as one user may have; remove one to add another.");
		}

	}

	public static final class ChangedMeanwhile extends BeneficiaryRejectedException {

		public ChangedMeanwhile() {
			super(ErrorKind.CONFLICT, "CONCURRENT_UPDATE",
					"The beneficiary changed while this request ran; read it again and retry.");
		}

	}

}

package com.digitalbank.crm.beneficiary.persistence;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.digitalbank.crm.beneficiary.Beneficiary;
import com.digitalbank.crm.beneficiary.BeneficiaryDetails;
import com.digitalbank.crm.beneficiary.BeneficiaryItem;
import com.digitalbank.crm.beneficiary.BeneficiaryProperties;
import com.digitalbank.platform.dynamodb.WriteTransaction;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * A beneficiary's changes as items of the caller's transaction: the record, conditioned
 * on being new or on the version that was read, and the claims on its aliases and CLABE,
 * each conditioned on being free (new ones) or still this beneficiary's (old ones). Each
 * item is tagged with the {@link BeneficiaryItem} it stands for. A count per user, in the
 * same transactions, holds the user to {@link BeneficiaryProperties#maxPerUser()} even
 * when adds race.
 */
@Component
public class BeneficiaryWrites {

	private static final String ALIAS_PREFIX = "A#";

	private static final String CLABE_PREFIX = "C#";

	private static final String COUNT_KEY = "N#beneficiaries";

	private static final BeneficiaryItem COUNT = new BeneficiaryItem(BeneficiaryItem.Kind.COUNT, null);

	private final BeneficiaryStore store;

	private final String table;

	private final int maxPerUser;

	BeneficiaryWrites(BeneficiaryStore store, BeneficiaryProperties properties) {
		this.store = store;
		this.table = properties.table();
		this.maxPerUser = properties.maxPerUser();
	}

	public void addNew(WriteTransaction transaction, Beneficiary added) {
		transaction.add(put(store.toItem(added), "attribute_not_exists(#item)", Map.of()), record(added));
		added.aliases().forEach(alias -> claim(transaction, added, alias));
		if (added.clabe() != null) {
			claimClabe(transaction, added);
		}
		count(transaction, added.userId(), 1);
	}

	public void addReplacement(WriteTransaction transaction, Beneficiary before, Beneficiary after) {
		transaction.add(put(store.toItem(after), "#version = :expected",
				Map.of(":expected", AttributeValue.fromN(Long.toString(before.version())))), record(after));
		Set<String> kept = keys(after);
		before.aliases()
			.stream()
			.filter(alias -> !kept.contains(BeneficiaryDetails.aliasKey(alias)))
			.forEach(alias -> release(transaction, before, ALIAS_PREFIX + BeneficiaryDetails.aliasKey(alias),
					new BeneficiaryItem(BeneficiaryItem.Kind.ALIAS, alias)));
		Set<String> held = keys(before);
		after.aliases()
			.stream()
			.filter(alias -> !held.contains(BeneficiaryDetails.aliasKey(alias)))
			.forEach(alias -> claim(transaction, after, alias));
		if (before.clabe() != null && !before.clabe().equals(after.clabe())) {
			release(transaction, before, CLABE_PREFIX + before.clabe(),
					new BeneficiaryItem(BeneficiaryItem.Kind.CLABE, null));
		}
		if (after.clabe() != null && !after.clabe().equals(before.clabe())) {
			claimClabe(transaction, after);
		}
	}

	public void addRemoval(WriteTransaction transaction, Beneficiary removed) {
		transaction.add(TransactWriteItem.builder()
			.delete(Delete.builder()
				.tableName(table)
				.key(BeneficiaryStore.recordKey(removed.userId(), removed.beneficiaryId()))
				.conditionExpression("#version = :expected")
				.expressionAttributeNames(Map.of("#version", "version"))
				.expressionAttributeValues(Map.of(":expected", AttributeValue.fromN(Long.toString(removed.version()))))
				.build())
			.build(), record(removed));
		removed.aliases()
			.forEach(alias -> release(transaction, removed, ALIAS_PREFIX + BeneficiaryDetails.aliasKey(alias),
					new BeneficiaryItem(BeneficiaryItem.Kind.ALIAS, alias)));
		if (removed.clabe() != null) {
			release(transaction, removed, CLABE_PREFIX + removed.clabe(),
					new BeneficiaryItem(BeneficiaryItem.Kind.CLABE, null));
		}
		count(transaction, removed.userId(), -1);
	}

	/** Counts a beneficiary in or out; counting in fails at the limit. */
	private void count(WriteTransaction transaction, String userId, int delta) {
		Update.Builder update = Update.builder()
			.tableName(table)
			.key(Map.of(BeneficiaryStore.USER, AttributeValue.fromS(userId), BeneficiaryStore.ITEM,
					AttributeValue.fromS(COUNT_KEY)))
			.updateExpression("ADD #count :delta");
		if (delta > 0) {
			update.conditionExpression("attribute_not_exists(#count) OR #count < :max")
				.expressionAttributeValues(Map.of(":delta", AttributeValue.fromN(Integer.toString(delta)), ":max",
						AttributeValue.fromN(Integer.toString(maxPerUser))));
		}
		else {
			update.expressionAttributeValues(Map.of(":delta", AttributeValue.fromN(Integer.toString(delta))));
		}
		transaction.add(TransactWriteItem.builder()
			.update(update.expressionAttributeNames(Map.of("#count", "beneficiaries")).build())
			.build(), COUNT);
	}

	private void claim(WriteTransaction transaction, Beneficiary owner, String alias) {
		Map<String, AttributeValue> item = claimItem(owner, ALIAS_PREFIX + BeneficiaryDetails.aliasKey(alias));
		item.put("alias", AttributeValue.fromS(alias));
		transaction.add(put(item, "attribute_not_exists(#item)", Map.of()),
				new BeneficiaryItem(BeneficiaryItem.Kind.ALIAS, alias));
	}

	private void claimClabe(WriteTransaction transaction, Beneficiary owner) {
		transaction.add(put(claimItem(owner, CLABE_PREFIX + owner.clabe()), "attribute_not_exists(#item)", Map.of()),
				new BeneficiaryItem(BeneficiaryItem.Kind.CLABE, null));
	}

	/** Deletes a claim only if it is still this beneficiary's. */
	private void release(WriteTransaction transaction, Beneficiary owner, String itemKey, BeneficiaryItem tag) {
		transaction.add(TransactWriteItem.builder()
			.delete(Delete.builder()
				.tableName(table)
				.key(Map.of(BeneficiaryStore.USER, AttributeValue.fromS(owner.userId()), BeneficiaryStore.ITEM,
						AttributeValue.fromS(itemKey)))
				.conditionExpression("#owner = :owner")
				.expressionAttributeNames(Map.of("#owner", "beneficiaryId"))
				.expressionAttributeValues(Map.of(":owner", AttributeValue.fromS(owner.beneficiaryId().value())))
				.build())
			.build(), tag);
	}

	private static Map<String, AttributeValue> claimItem(Beneficiary owner, String itemKey) {
		Map<String, AttributeValue> item = new HashMap<>();
		item.put(BeneficiaryStore.USER, AttributeValue.fromS(owner.userId()));
		item.put(BeneficiaryStore.ITEM, AttributeValue.fromS(itemKey));
		item.put("beneficiaryId", AttributeValue.fromS(owner.beneficiaryId().value()));
		return item;
	}

	private TransactWriteItem put(Map<String, AttributeValue> item, String condition,
			Map<String, AttributeValue> values) {
		Map<String, String> names = new HashMap<>();
		if (condition.contains("#item")) {
			names.put("#item", BeneficiaryStore.ITEM);
		}
		if (condition.contains("#version")) {
			names.put("#version", "version");
		}
		Put.Builder put = Put.builder()
			.tableName(table)
			.item(item)
			.conditionExpression(condition)
			.expressionAttributeNames(names);
		if (!values.isEmpty()) {
			put.expressionAttributeValues(values);
		}
		return TransactWriteItem.builder().put(put.build()).build();
	}

	private static BeneficiaryItem record(Beneficiary beneficiary) {
		return new BeneficiaryItem(BeneficiaryItem.Kind.RECORD, beneficiary.beneficiaryId().value());
	}

	private static Set<String> keys(Beneficiary beneficiary) {
		return beneficiary.aliases().stream().map(BeneficiaryDetails::aliasKey).collect(Collectors.toSet());
	}

}
